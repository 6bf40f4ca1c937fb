-- Every version of every raw file: the current one (what dim_source_file describes) and
-- those replaced by a changed file or retired with a removed one.
with

versions as (
    select * from {{ ref('stg_source_file_versions') }}
),

files as (
    select * from {{ ref('dim_source_file') }}
)

select
    versions.source_file,
    versions.document_id,
    versions.size_bytes,
    versions.first_seen_at,
    versions.superseded_at,
    versions.superseded_because,
    versions.is_current,
    case when versions.is_current then files.status end as status,
from versions
left join files on files.source_file = versions.source_file
order by versions.source_file, versions.first_seen_at
