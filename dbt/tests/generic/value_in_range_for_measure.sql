{# Rows whose value is impossible for its measure: a fall of more than 100 %, a share
   outside [0, 100], a negative count or level. An unusually large growth is possible
   (a new plant can multiply output) and is flagged for review by the GX marts suite. #}
{% test value_in_range_for_measure(model, column_name, measure_column='measure') %}
select *
from {{ model }}
where ({{ measure_column }} = 'growth_pct' and {{ column_name }} < -100)
   or ({{ measure_column }} = 'share_pct' and ({{ column_name }} < 0 or {{ column_name }} > 100))
   or ({{ measure_column }} in ('count', 'level') and {{ column_name }} < 0)
{% endtest %}
