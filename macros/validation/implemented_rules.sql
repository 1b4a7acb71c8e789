{#- The rule models (one SQL file per rule under models/intermediate/validation/rules/).
    Single-field rules are rows of the seed single_field_rules instead. A test keeps this list
    equal to the files. -#}
{% macro rule_models() -%}
    {{ return([
        'rule_148',
    ]) }}
{%- endmacro %}
