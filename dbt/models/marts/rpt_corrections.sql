-- Every correction read from CORRECTIONS_DIR and whether it still applies.
select
    file,
    line,
    action,
    fact_id,
    target_fact_id,
    field,
    value,
    source_file,
    evidence,
    note,
    reviewed_at,
    status,
    why,
from {{ ref('int_corrections') }}
order by file, line
