with

source as (
    select * from {{ source('staging', 'source_file_versions') }}
),

renamed as (
    select
        source_file,
        document_id,
        size_bytes,
        status as read_status,
        first_seen_at,
        superseded_at,
        superseded_because,
        superseded_at is null as is_current,
    from source
)

select * from renamed
