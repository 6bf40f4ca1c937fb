-- Incremental by file, like int_indicator_values: a run inserts the facts of the files it
-- parsed again; order rows with ORDER BY when reading (physical order is not kept).
-- depends_on: {{ ref('int_source_files_resolved') }}
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='append_new_columns',
    pre_hook="{{ delete_rebuilt_files() }}",
) }}

select
    fact_id,
    document_id,
    source_file,
    region_code,
    region_name,
    period_code,
    indicator_code,
    indicator_name,
    indicator_text,
    measure,
    value,
    unit,
    qualifier,
    evidence,
    speaker_name,
    speaker_org,
    char_start,
    char_end,
    evidence_start,
    evidence_end,
    section_no,
    region_source,
    period_source,
    is_canonical_indicator,
    confidence,
from {{ ref('int_indicator_values') }}
where {{ missing_files_only() }}
order by source_file, char_start, fact_id
