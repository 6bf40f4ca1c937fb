with

codes as (
    select distinct period_code from {{ ref('fct_indicator_value') }} where period_code is not null
    union
    select distinct period_code from {{ ref('stg_documents') }} where period_code is not null
),

parsed as (
    select
        period_code,
        {{ period_year('period_code') }} as year,
        {{ period_grain('period_code') }} as grain,
        {{ period_first_month('period_code') }} as first_month,
        {{ period_last_month('period_code') }} as last_month,
    from codes
)

select
    period_code,
    year,
    grain,
    make_date(year, first_month, 1) as start_date,
    last_day(make_date(year, last_month, 1)) as end_date,
    case grain
        when 'year' then year || '年'
        when 'half' then year || case first_month when 1 then '年上半年' else '年下半年' end
        when 'quarter' then year || '年第' || last_month // 3 || '季度'
        when 'quarters' then year || '年' || first_month || '-' || last_month || '月'
        when 'months' then year || '年' || first_month || '-' || last_month || '月'
        when 'month' then year || '年' || first_month || '月'
    end as label,
from parsed
order by period_code
