with

source as (
    select * from {{ source('staging', 'documents') }}
),

renamed as (
    select
        document_id,
        source_file,
        text_hash,
        encoding,
        script,
        title,
        subtitle,
        lead,
        published_date,
        date_source,
        meeting_date,
        period_code,
        source,
        region_code,
        region_name,
        region_source,
        n_chars,
        n_sections,
        flags,
        accounted_share,
    from source
)

select * from renamed
