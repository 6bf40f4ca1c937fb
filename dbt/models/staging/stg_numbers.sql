with

source as (
    select * from {{ source('staging', 'numbers') }}
),

renamed as (
    select
        source_file,
        document_id,
        section_no,
        char_start,
        char_end,
        number_text,
        kind,
        sentence,
    from source
)

select * from renamed
