with

source as (
    select * from {{ source('staging', 'layout_decisions') }}
),

renamed as (
    select
        source_file,
        document_id,
        decision_no,
        kind,
        left_block,
        right_block,
        evidence,
        confidence,
        flagged,
    from source
)

select * from renamed
