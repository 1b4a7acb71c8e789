{#- Staging's two cleaning steps, named once. Text: surrounding spaces trimmed, blank is null.
    Code: the same, upper case (codes are case-insensitive on the way in, as DfE's tools read them). -#}
{% macro clean_text(column) -%}
    nullif({{ trim_spaces(column) }}, '')
{%- endmacro %}

{% macro clean_code(column) -%}
    upper(nullif({{ trim_spaces(column) }}, ''))
{%- endmacro %}

{#- A postcode from a CMS: a code, with the placeholders systems write for a postcode not known
    (Liquidlogic's ZZZ and nopostcode, in any case and spacing) made null like a blank. -#}
{% macro clean_postcode(column) -%}
    case
        when replace(upper({{ column }}), ' ', '') not in ('ZZZ', 'NOPOSTCODE')
            then {{ clean_code(column) }}
    end
{%- endmacro %}
