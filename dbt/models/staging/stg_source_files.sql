with

source as (
    select * from {{ source('staging', 'source_files') }}
),

renamed as (
    select
        source_file,
        document_id,
        text_hash,
        size_bytes,
        encoding,
        status,
        reason,
        flags,
        meta_json,
    from source
)

select * from renamed
