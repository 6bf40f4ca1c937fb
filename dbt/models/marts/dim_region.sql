with

regions as (
    select * from {{ ref('ref_regions') }}
),

facts as (
    select region_code, count(*) as n_facts from {{ ref('fct_indicator_value') }} group by region_code
)

select
    regions.region_code,
    regions.region_name,
    regions.short_name,
    regions.level,
    regions.parent_code,
    parents.region_name as parent_name,
    regions.province_name,
    coalesce(facts.n_facts, 0) as n_facts,
from regions
left join regions as parents on parents.region_code = regions.parent_code
left join facts on facts.region_code = regions.region_code
order by regions.region_code
