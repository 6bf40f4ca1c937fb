{# Incremental models keyed by source_file: a run replaces the rows of the files it parsed
   again and drops those of files no longer loaded, and leaves every other file's rows alone.

   The environment variable WAREHOUSE_REBUILT_FILES, a JSON list, names the files parsed
   again in this run (Dagster sets it to the run's partitions). Without it every row is
   rebuilt, as in a full refresh. An environment variable rather than a dbt var: a var
   that changes from run to run makes dbt parse the whole project again. #}

{% macro rebuilt_files_predicate() -%}
    {%- set files = fromjson(env_var('WAREHOUSE_REBUILT_FILES', 'null')) -%}
    {%- if files is none -%}
        true
    {%- elif files | length == 0 -%}
        false
    {%- else -%}
        source_file in (
            {%- for file in files -%}
                '{{ file | replace("'", "''") }}'{{ ", " if not loop.last }}
            {%- endfor -%}
        )
    {%- endif -%}
{%- endmacro %}

{# Pre-hook of such a model: delete the rows about to be rebuilt and those of files that
   are not loaded any more (removed, rejected, or now a duplicate). #}
{% macro delete_rebuilt_files() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where {{ rebuilt_files_predicate() }}
            or source_file not in (
                select source_file from {{ ref('int_source_files_resolved') }} where status = 'loaded'
            )
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}

{# The rows a run inserts: those of loaded files that the target does not hold (after the
   pre-hook, the files parsed again, files loaded for the first time, and all of them on a
   full refresh). #}
{% macro missing_files_only(column='source_file') -%}
    {%- if is_incremental() -%}
        {{ column }} not in (select distinct source_file from {{ this }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}
