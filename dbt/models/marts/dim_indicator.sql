with

indicators as (
    select * from {{ ref('ref_indicators') }}
),

facts as (
    select indicator_code, count(*) as n_facts
    from {{ ref('fct_indicator_value') }}
    where indicator_code is not null
    group by indicator_code
)

select
    indicators.indicator_code,
    indicators.indicator_name,
    indicators.category,
    indicators.expected_measure,
    coalesce(facts.n_facts, 0) as n_facts,
from indicators
left join facts on facts.indicator_code = indicators.indicator_code
order by indicators.indicator_code
