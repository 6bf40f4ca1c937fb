{# Start and end dates, and grain, of a period code: 2025, 2025-H1, 2025-Q1, 2025-Q1Q3,
   2025-M01M08, 2025-M07 (CONTRACT.md). #}
{% macro period_year(code) -%}
    try_cast(substr({{ code }}, 1, 4) as integer)
{%- endmacro %}

{% macro period_grain(code) -%}
    case
        when regexp_full_match({{ code }}, '\d{4}') then 'year'
        when regexp_full_match({{ code }}, '\d{4}-H[12]') then 'half'
        when regexp_full_match({{ code }}, '\d{4}-Q[1-4]') then 'quarter'
        when regexp_full_match({{ code }}, '\d{4}-Q[1-4]Q[1-4]') then 'quarters'
        when regexp_full_match({{ code }}, '\d{4}-M\d{2}M\d{2}') then 'months'
        when regexp_full_match({{ code }}, '\d{4}-M\d{2}') then 'month'
    end
{%- endmacro %}

{% macro period_first_month(code) -%}
    case {{ period_grain(code) }}
        when 'year' then 1
        when 'half' then case substr({{ code }}, 7, 1) when '1' then 1 else 7 end
        when 'quarter' then (cast(substr({{ code }}, 7, 1) as integer) - 1) * 3 + 1
        when 'quarters' then (cast(substr({{ code }}, 7, 1) as integer) - 1) * 3 + 1
        when 'months' then cast(substr({{ code }}, 7, 2) as integer)
        when 'month' then cast(substr({{ code }}, 7, 2) as integer)
    end
{%- endmacro %}

{% macro period_last_month(code) -%}
    case {{ period_grain(code) }}
        when 'year' then 12
        when 'half' then case substr({{ code }}, 7, 1) when '1' then 6 else 12 end
        when 'quarter' then cast(substr({{ code }}, 7, 1) as integer) * 3
        when 'quarters' then cast(substr({{ code }}, 9, 1) as integer) * 3
        when 'months' then cast(substr({{ code }}, 10, 2) as integer)
        when 'month' then cast(substr({{ code }}, 7, 2) as integer)
    end
{%- endmacro %}
