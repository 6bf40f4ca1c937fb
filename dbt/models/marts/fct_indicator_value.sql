-- The facts as extracted (int_indicator_values), with the analysts' corrections that apply
-- (int_corrections): a rejected fact leaves, a set changes one field, an added fact comes
-- in with a fact_id of its own; every corrected row says so.
with

facts as (
    select * from {{ ref('int_indicator_values') }}
),

applied as (
    select * from {{ ref('int_corrections') }} where status = 'applied'
),

regions as (
    select region_code, region_name from {{ ref('ref_regions') }}
),

aliases as (
    select aliases.alias, indicators.indicator_code, indicators.indicator_name
    from {{ ref('ref_indicator_aliases') }} as aliases
    inner join {{ ref('ref_indicators') }} as indicators using (indicator_code)
),

sets as (
    select
        fact_id,
        max(value) filter (where field = 'region_name') as region_name,
        max(value) filter (where field = 'period_code') as period_code,
        max(value) filter (where field = 'indicator_text') as indicator_text,
        max(value) filter (where field = 'measure') as measure,
        max(value) filter (where field = 'value') as value,
        max(value) filter (where field = 'unit') as unit,
        max(value) filter (where field = 'qualifier') as qualifier,
        string_agg(coalesce(note, field || ' set'), '; ' order by file, line) as note,
    from applied
    where action = 'set'
    group by fact_id
),

corrected as (
    select
        facts.fact_id,
        facts.document_id,
        facts.source_file,
        case when sets.region_name is null then facts.region_code else set_region.region_code end as region_code,
        coalesce(sets.region_name, facts.region_name) as region_name,
        coalesce(sets.period_code, facts.period_code) as period_code,
        case when sets.indicator_text is null then facts.indicator_code else set_alias.indicator_code end
            as indicator_code,
        case
            when sets.indicator_text is null then facts.indicator_name
            else coalesce(set_alias.indicator_name, sets.indicator_text)
        end as indicator_name,
        coalesce(sets.indicator_text, facts.indicator_text) as indicator_text,
        coalesce(sets.measure, facts.measure) as measure,
        coalesce(try_cast(sets.value as double), facts.value) as value,
        coalesce(sets.unit, facts.unit) as unit,
        coalesce(sets.qualifier, facts.qualifier) as qualifier,
        facts.evidence,
        facts.speaker_name,
        facts.speaker_org,
        facts.char_start,
        facts.char_end,
        facts.evidence_start,
        facts.evidence_end,
        facts.section_no,
        case when sets.region_name is null then facts.region_source else 'correction' end as region_source,
        case when sets.period_code is null then facts.period_source else 'correction' end as period_source,
        case
            when sets.indicator_text is null then facts.is_canonical_indicator
            else set_alias.indicator_code is not null
        end as is_canonical_indicator,
        case when sets.fact_id is null then facts.confidence else 1.0 end as confidence,
        sets.fact_id is not null as corrected,
        sets.note as correction_note,
    from facts
    left join sets on sets.fact_id = facts.fact_id
    left join regions as set_region on set_region.region_name = sets.region_name
    left join aliases as set_alias on set_alias.alias = sets.indicator_text
    where facts.fact_id not in (select fact_id from applied where action = 'reject')
),

added as (
    select
        applied.target_fact_id as fact_id,
        documents.document_id,
        applied.source_file,
        regions.region_code,
        applied.region_name,
        applied.period_code,
        aliases.indicator_code,
        coalesce(aliases.indicator_name, applied.indicator_text) as indicator_name,
        applied.indicator_text,
        applied.measure,
        cast(applied.value as double) as value,
        applied.unit,
        cast(null as varchar) as qualifier,
        applied.evidence,
        cast(null as varchar) as speaker_name,
        cast(null as varchar) as speaker_org,
        cast(applied.evidence_start as integer) as char_start,
        cast(applied.evidence_start + length(applied.evidence) as integer) as char_end,
        cast(applied.evidence_start as integer) as evidence_start,
        cast(applied.evidence_start + length(applied.evidence) as integer) as evidence_end,
        cast(null as integer) as section_no,
        'correction' as region_source,
        'correction' as period_source,
        aliases.indicator_code is not null as is_canonical_indicator,
        1.0 as confidence,
        true as corrected,
        coalesce(applied.note, 'added') as correction_note,
    from applied
    left join {{ ref('stg_documents') }} as documents on documents.source_file = applied.source_file
    left join regions on regions.region_name = applied.region_name
    left join aliases on aliases.alias = applied.indicator_text
    where applied.action = 'add'
    qualify row_number() over (partition by applied.target_fact_id order by applied.file, applied.line) = 1
)

select * from corrected
union all by name
select * from added
order by source_file, char_start, fact_id
