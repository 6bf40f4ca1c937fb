with

source as (
    select * from {{ source('staging', 'text_pieces') }}
),

renamed as (
    select
        source_file,
        document_id,
        piece_no,
        char_start,
        char_end,
        role,
        section_no,
        reason,
    from source
)

select * from renamed
