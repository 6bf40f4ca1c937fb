-- Layout repairs made with low confidence, for a reviewer to confirm.
with

decisions as (
    select * from {{ ref('stg_layout_decisions') }} where flagged
),

files as (
    select * from {{ ref('int_source_files_resolved') }} where status = 'loaded'
)

select
    decisions.source_file,
    decisions.document_id,
    decisions.decision_no,
    decisions.kind,
    decisions.left_block,
    decisions.right_block,
    decisions.confidence,
    decisions.evidence,
from decisions
inner join files on files.source_file = decisions.source_file
order by decisions.source_file, decisions.decision_no
