-- A file has at most one version that is not superseded.
select source_file, count(*) as current_versions
from {{ ref('stg_source_file_versions') }}
where is_current
group by source_file
having count(*) > 1
