-- The headline growth rates analysts compare, one row per region and period.
with

facts as (
    select * from {{ ref('fct_indicator_value') }}
    where region_code is not null and period_code is not null
),

pivoted as (
    select
        region_code,
        any_value(region_name) as region_name,
        period_code,
        avg(value) filter (where indicator_code = 'gdp' and measure = 'growth_pct') as gdp_growth_pct,
        avg(value) filter (
            where indicator_code = 'industrial_value_added_above_scale' and measure = 'growth_pct'
        ) as industrial_value_added_growth_pct,
        avg(value) filter (
            where indicator_code = 'fixed_asset_investment' and measure = 'growth_pct'
        ) as fixed_asset_investment_growth_pct,
        avg(value) filter (where indicator_code = 'retail_sales' and measure = 'growth_pct') as retail_sales_growth_pct,
        avg(value) filter (
            where indicator_code = 'foreign_trade_total' and measure = 'growth_pct'
        ) as foreign_trade_growth_pct,
        count(*) as n_facts,
    from facts
    group by region_code, period_code
)

select * from pivoted
order by period_code, region_code
