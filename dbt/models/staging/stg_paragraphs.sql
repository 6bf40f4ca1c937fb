with

source as (
    select * from {{ source('staging', 'paragraphs') }}
),

renamed as (
    select
        source_file,
        document_id,
        section_no,
        paragraph_no,
        original_position,
        char_start,
        char_end,
        text,
    from source
)

select * from renamed
