-- Indicator mentions of loaded files, resolved against the reference seeds: canonical
-- region names from codes, canonical indicator names from the dictionary, stable ids.
-- Incremental by file: a run resolves only the files it parsed again (macros/rebuilt_files.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='append_new_columns',
    pre_hook="{{ delete_rebuilt_files() }}",
) }}

with

mentions as (
    select * from {{ ref('stg_indicator_mentions') }}
),

files as (
    select * from {{ ref('int_source_files_resolved') }}
    where status = 'loaded'
),

regions as (
    select * from {{ ref('ref_regions') }}
),

indicators as (
    select * from {{ ref('ref_indicators') }}
),

resolved as (
    select
        substr(sha256(
            mentions.document_id || '|' || mentions.char_start || '|' || mentions.char_end || '|'
            || mentions.indicator_text || '|' || mentions.measure || '|' || coalesce(mentions.region_code, '')
        ), 1, 32) as fact_id,
        mentions.document_id,
        mentions.source_file,
        mentions.region_code,
        coalesce(regions.region_name, mentions.region_name) as region_name,
        mentions.period_code,
        indicators.indicator_code,
        coalesce(indicators.indicator_name, mentions.indicator_text) as indicator_name,
        mentions.indicator_text,
        mentions.measure,
        mentions.value,
        mentions.unit,
        mentions.qualifier,
        mentions.evidence,
        mentions.speaker_name,
        mentions.speaker_org,
        mentions.char_start,
        mentions.char_end,
        mentions.evidence_start,
        mentions.evidence_end,
        mentions.section_no,
        mentions.region_source,
        mentions.period_source,
        indicators.indicator_code is not null as is_canonical_indicator,
        mentions.confidence,
    from mentions
    inner join files on files.source_file = mentions.source_file
    left join regions on regions.region_code = mentions.region_code
    left join indicators on indicators.indicator_code = mentions.indicator_code
    where {{ missing_files_only('mentions.source_file') }}
)

select * from resolved
