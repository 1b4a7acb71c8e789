{#- Items of one record that are all given or all blank: a row of `table_name` where some but
    not all of the expressions in `values` (labels to columns, as in rule_failures()) are blank
    fails `rule_code`, and reports them all. A date counts as given when any text was landed, so
    its expression is the landed text (<column>_text). One rule model's whole query. -#}
{% macro all_or_none_given(rule_code, table_name, values) -%}
    {%- set where -%}
        not (
            {%- for column in values.values() %}
            {{ 'and ' if not loop.first }}{{ column }} is null
            {%- endfor %}
        )
        and not (
            {%- for column in values.values() %}
            {{ 'and ' if not loop.first }}{{ column }} is not null
            {%- endfor %}
        )
    {%- endset -%}
    {{ single_table_rule(rule_code, table_name, where=where, values=values) }}
{%- endmacro %}
