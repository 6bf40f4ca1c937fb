with

documents as (
    select * from {{ ref('stg_documents') }}
),

files as (
    select * from {{ ref('int_source_files_resolved') }} where status = 'loaded'
),

facts as (
    select source_file, count(*) as n_facts from {{ ref('fct_indicator_value') }} group by source_file
)

select
    documents.document_id,
    documents.source_file,
    documents.title,
    documents.subtitle,
    documents.source,
    documents.published_date,
    documents.date_source,
    documents.meeting_date,
    documents.period_code,
    documents.region_code,
    documents.region_name,
    documents.region_source,
    documents.encoding,
    documents.script,
    documents.n_chars,
    documents.n_sections,
    coalesce(facts.n_facts, 0) as n_facts,
    documents.flags,
    documents.accounted_share,
from documents
inner join files on files.source_file = documents.source_file
left join facts on facts.source_file = documents.source_file
order by documents.source_file
