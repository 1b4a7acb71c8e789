{#- Episodes of respite care (legal status V3 or V4) that must leave some items blank: an
    episode under V3 or V4 with any of the expressions in `values` (labels to columns, as in
    rule_failures()) given fails `rule_code`, and reports its legal status and them. One rule
    model's whole query. -#}
{% macro respite_care_without(rule_code, values) -%}
    {%- set reported = {'LS': 'ls'} -%}
    {%- do reported.update(values) -%}
    {{ single_table_rule(rule_code, 'episodes',
        where="ls in ('V3', 'V4')
        and (" ~ values.values() | join(" is not null or ") ~ " is not null)",
        values=reported) }}
{%- endmacro %}
