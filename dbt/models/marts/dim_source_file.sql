select
    source_file,
    document_id,
    status,
    reason,
    duplicate_of,
    encoding,
    size_bytes,
    flags,
from {{ ref('int_source_files_resolved') }}
order by source_file
