-- One row per raw file with its final status: the first file (by path) of each distinct
-- text is loaded; files with the same bytes or the same text in another encoding are
-- duplicates of it; files the parser refused keep their rejection reason.
with

files as (
    select * from {{ ref('stg_source_files') }}
),

parsed as (
    select
        *,
        first_value(source_file) over same_text as first_file,
        first_value(document_id) over same_text as first_document_id,
        row_number() over same_text as copy_no,
    from files
    where status = 'parsed'
    window same_text as (partition by coalesce(text_hash, document_id) order by source_file)
),

resolved as (
    select
        source_file,
        document_id,
        text_hash,
        size_bytes,
        encoding,
        case when copy_no = 1 then 'loaded' else 'duplicate' end as status,
        case
            when copy_no = 1 then null
            when document_id = first_document_id then 'same bytes as ' || first_file
            else 'same text as ' || first_file || ' (in another encoding or script)'
        end as reason,
        case when copy_no = 1 then null else first_file end as duplicate_of,
        flags,
    from parsed

    union all

    select
        source_file,
        document_id,
        text_hash,
        size_bytes,
        encoding,
        'rejected' as status,
        coalesce(reason, 'rejected') as reason,
        null as duplicate_of,
        flags,
    from files
    where status <> 'parsed'
)

select * from resolved
