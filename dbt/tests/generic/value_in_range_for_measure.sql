{# Rows whose value is out of range for its measure: a fall of more than 100 %, a share
   outside [0, 100], a negative count or amount (a rate per mille, 自然增长率-3.1‰, may be
   below zero). With max_growth_pct, also a growth above it: possible (a new plant can
   multiply output) but worth a look, so that instance warns. #}
{% test value_in_range_for_measure(model, column_name, measure_column='measure', unit_column='unit', max_growth_pct=none) %}
select *
from {{ model }}
where ({{ measure_column }} = 'growth_pct' and {{ column_name }} < -100)
   or ({{ measure_column }} = 'share_pct' and ({{ column_name }} < 0 or {{ column_name }} > 100))
   or ({{ measure_column }} = 'count' and {{ column_name }} < 0)
   or ({{ measure_column }} = 'level' and {{ column_name }} < 0 and coalesce({{ unit_column }}, '') <> '‰')
{%- if max_growth_pct is not none %}
   or ({{ measure_column }} = 'growth_pct' and {{ column_name }} > {{ max_growth_pct }})
{%- endif %}
{% endtest %}
