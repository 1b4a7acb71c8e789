{#- Staging's two cleaning steps, named once. Text: surrounding spaces trimmed, blank is null.
    Code: the same, upper case (codes are case-insensitive on the way in, as DfE's tools read them). -#}
{% macro clean_text(column) -%}
    nullif(trim({{ column }}), '')
{%- endmacro %}

{% macro clean_code(column) -%}
    upper(nullif(trim({{ column }}), ''))
{%- endmacro %}
