{#- Temporary placements with a longest stay (375: T1 six weeks, 376: T3 three weeks, 379: T4
    seven days). One rule model's whole query: an episode in placement `place` that ceased more
    than `max_days` days after it began fails `rule_code`. Both dates must be valid: an open
    episode, or one whose dates do not parse, is not measured. -#}
{% macro temporary_placement_too_long(rule_code, place, max_days) -%}
    {{ single_table_rule(rule_code, 'episodes',
        where="place = '" ~ place ~ "'
        and " ~ dbt.datediff('decom', 'dec', 'day') ~ " > " ~ max_days,
        values={'PLACE': 'place', 'DECOM': 'decom_text', 'DEC': 'dec_text'}) }}
{%- endmacro %}
