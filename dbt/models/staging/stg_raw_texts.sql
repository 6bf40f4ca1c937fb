with

source as (
    select * from {{ source('staging', 'raw_documents') }}
),

renamed as (
    select
        source_file,
        document_id,
        text,
    from source
)

select * from renamed
