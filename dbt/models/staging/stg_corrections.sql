with

source as (
    select * from {{ source('staging', 'corrections') }}
),

renamed as (
    select
        file,
        line,
        action,
        fact_id,
        field,
        value,
        source_file,
        evidence,
        region_name,
        period_code,
        indicator_text,
        measure,
        unit,
        note,
        reviewed_at,
        problem,
    from source
)

select * from renamed
