-- The review queue: every fact that needs a person's eye, one row per reason. The facts
-- stay in fct_indicator_value; this says what to look at and why.
with

facts as (
    select * from {{ ref('fct_indicator_value') }}
),

documents as (
    select source_file, flags, accounted_share from {{ ref('dim_document') }}
),

conflicts as (
    select region_code, period_code, indicator_key, measure from {{ ref('rpt_conflicting_values') }}
),

reasons as (
    select fact_id, 'region_unknown' as reason, 'no clause, section or document names the place' as detail
    from facts where region_name is null
    union all
    select fact_id, 'region_ambiguous', 'several divisions hold the name the text gives, and the text does not say which'
    from facts where region_name is not null and region_code is null
    union all
    select fact_id, 'period_unknown', 'the text gives no date and writes no year'
    from facts where period_code is null and coalesce(period_source, '') not in ('span', 'profile')  -- of none by nature
    union all
    select fact_id, 'growth_above_1000', 'a growth rate above 1000 %: possible from a small base, often a misread'
    from facts where measure = 'growth_pct' and value > 1000
    union all
    select facts.fact_id, 'low_confidence_layout', 'the page was cut and joined again with weak evidence'
    from facts inner join documents using (source_file)
    where documents.flags like '%low_confidence_layout%'
    union all
    select facts.fact_id, 'low_accounted_share', 'part of the text was not placed in its structure'
    from facts inner join documents using (source_file)
    where documents.accounted_share < 0.99
    union all
    select distinct facts.fact_id, 'conflicting_value', 'another document or section states another value'
    from facts
    inner join conflicts
        on conflicts.region_code = facts.region_code
        and conflicts.period_code = facts.period_code
        and conflicts.indicator_key = coalesce(facts.indicator_code, facts.indicator_name)
        and conflicts.measure = facts.measure
)

select
    reasons.fact_id,
    facts.source_file,
    facts.region_name,
    facts.period_code,
    facts.indicator_text,
    facts.measure,
    facts.value,
    facts.unit,
    facts.evidence,
    reasons.reason,
    reasons.detail,
from reasons
inner join facts using (fact_id)
order by facts.source_file, facts.char_start, reasons.fact_id, reasons.reason
