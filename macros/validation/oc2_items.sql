{#- OC2: a flag that, when it is 1, requires the four core health items (immunisations, teeth
    check, health assessment, substance misuse): an OC2 row whose `flag` column is '1' and
    that lacks any of them fails `rule_code`. One rule model's whole query. -#}
{% macro oc2_core_items_required_by(rule_code, flag) -%}
    {%- set core_items = [
        'immunisations', 'teeth_check', 'health_assessment', 'substance_misuse'
    ] -%}
    {%- set values = {(flag | upper): flag} -%}
    {%- for item in core_items -%}{%- do values.update({item | upper: item}) -%}{%- endfor -%}
    {{ single_table_rule(rule_code, 'oc2',
        where=flag ~ " = '1'
        and (" ~ core_items | join(" is null or ") ~ " is null)",
        values=values) }}
{%- endmacro %}
