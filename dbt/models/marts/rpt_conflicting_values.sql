-- The same region, indicator, period and measure stated with different values by
-- different documents or sections; both sides with their evidence.
with

facts as (
    select
        *,
        coalesce(indicator_code, indicator_name) as indicator_key,
    from {{ ref('fct_indicator_value') }}
    where region_code is not null and period_code is not null
)

select
    a.region_code,
    a.region_name,
    a.period_code,
    a.indicator_key,
    a.measure,
    a.value as value_a,
    a.unit as unit_a,
    a.source_file as source_file_a,
    a.section_no as section_no_a,
    a.evidence as evidence_a,
    b.value as value_b,
    b.unit as unit_b,
    b.source_file as source_file_b,
    b.section_no as section_no_b,
    b.evidence as evidence_b,
from facts as a
inner join facts as b
    on a.region_code = b.region_code
    and a.period_code = b.period_code
    and a.indicator_key = b.indicator_key
    and a.measure = b.measure
    and a.fact_id < b.fact_id
    and (a.source_file <> b.source_file or a.section_no <> b.section_no)
    and (a.value <> b.value or coalesce(a.unit, '') <> coalesce(b.unit, ''))
order by a.region_code, a.period_code, a.indicator_key, a.fact_id, b.fact_id
