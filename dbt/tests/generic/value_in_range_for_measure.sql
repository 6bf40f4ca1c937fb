{# Rows whose value is implausible for its measure: growth_pct outside [-100, 1000],
   share_pct outside [0, 100], a negative count or level. #}
{% test value_in_range_for_measure(model, column_name, measure_column='measure') %}
select *
from {{ model }}
where ({{ measure_column }} = 'growth_pct' and ({{ column_name }} < -100 or {{ column_name }} > 1000))
   or ({{ measure_column }} = 'share_pct' and ({{ column_name }} < 0 or {{ column_name }} > 100))
   or ({{ measure_column }} in ('count', 'level') and {{ column_name }} < 0)
{% endtest %}
