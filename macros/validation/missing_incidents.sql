{#- Missing: an incident with a date given must say whether the child was missing or away: a
    row whose landed `date_field` (MIS_START, MIS_END) is given and whose MISSING is blank
    fails `rule_code`. One rule model's whole query. -#}
{% macro incident_date_without_missing_type(rule_code, date_field) -%}
    {%- set date_text = date_field | lower ~ '_text' -%}
    {{ single_table_rule(rule_code, 'missing',
        where=date_text ~ " is not null and missing is null",
        values={'MISSING': 'missing', date_field: date_text}) }}
{%- endmacro %}
