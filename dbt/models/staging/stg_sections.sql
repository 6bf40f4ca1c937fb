with

source as (
    select * from {{ source('staging', 'sections') }}
),

renamed as (
    select
        source_file,
        document_id,
        section_no,
        headline,
        speaker_title,
        speaker_name,
        speaker_org,
        region_code,
        region_name,
        char_start,
        char_end,
    from source
)

select * from renamed
