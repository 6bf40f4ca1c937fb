with

source as (
    select * from {{ source('staging', 'indicator_mentions') }}
),

renamed as (
    select
        source_file,
        document_id,
        section_no,
        mention_no,
        char_start,
        char_end,
        evidence_start,
        evidence_end,
        region_code,
        region_name,
        region_source,
        period_code,
        period_source,
        indicator_text,
        indicator_code,
        measure,
        value,
        unit,
        qualifier,
        evidence,
        speaker_name,
        speaker_org,
        confidence,
    from source
)

select * from renamed
