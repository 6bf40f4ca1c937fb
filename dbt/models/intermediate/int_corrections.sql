-- Every correction with whether it applies now: invalid (it cannot apply as written: the
-- problem names its file and line), stale (its fact is no longer produced, its evidence no
-- longer occurs in its file, or a later correction sets the same field), or applied.
with

corrections as (
    select * from {{ ref('stg_corrections') }}
),

facts as (
    select fact_id from {{ ref('int_indicator_values') }}
),

texts as (
    select texts.source_file, texts.text
    from {{ ref('stg_raw_texts') }} as texts
    inner join {{ ref('int_source_files_resolved') }} as files
        on files.source_file = texts.source_file and files.status = 'loaded'
),

ranked as (
    select
        *,
        -- the latest decision on a fact's field wins (by reviewed_at, then file and line)
        row_number() over (
            partition by action, fact_id, field
            order by reviewed_at desc nulls last, file desc, line desc
        ) as newest,
    from corrections
),

judged as (
    select
        ranked.*,
        case
            when ranked.problem is not null then 'invalid'
            when ranked.action in ('accept', 'reject', 'set') and facts.fact_id is null then 'stale'
            when ranked.action = 'set' and ranked.newest > 1 then 'stale'
            when ranked.action = 'add' and texts.source_file is null then 'stale'
            when ranked.action = 'add' and position(ranked.evidence in texts.text) = 0 then 'stale'
            else 'applied'
        end as status,
        case
            when ranked.problem is not null then ranked.problem
            when ranked.action in ('accept', 'reject', 'set') and facts.fact_id is null
                then 'fact ' || ranked.fact_id || ' is no longer produced (its text or the extraction changed)'
            when ranked.action = 'set' and ranked.newest > 1
                then 'a later correction sets ' || ranked.field || ' of the same fact'
            when ranked.action = 'add' and texts.source_file is null
                then ranked.source_file || ' is not loaded'
            when ranked.action = 'add' and position(ranked.evidence in texts.text) = 0
                then 'the evidence no longer occurs in ' || ranked.source_file
        end as why,
        case
            when ranked.action = 'add'
                then 'a' || substr(sha256(
                    ranked.source_file || '|' || ranked.evidence || '|' || ranked.indicator_text || '|'
                    || ranked.measure || '|' || ranked.value
                ), 1, 31)
            else ranked.fact_id
        end as target_fact_id,
        position(ranked.evidence in texts.text) - 1 as evidence_start,
    from ranked
    left join facts on facts.fact_id = ranked.fact_id
    left join texts on texts.source_file = ranked.source_file
)

select * exclude (newest) from judged
