{#- Formatting for published values (models/analytics/intermediate/int_analytics__disclosure.sql).
    A number rounded to `decimals` places (a column, 0 to 3) as text: 67, 14.9, 15.0 (round_double:
    half away from zero at the double's exact value, the same on every engine). -#}
{% macro analytics_format_number(value, decimals) -%}
    {%- if decimals is number -%}
        {{ analytics_format_number_to(value, decimals) }}
    {%- else -%}
    case {{ decimals }}
        {%- for places in range(4) %}
        when {{ places }} then {{ analytics_format_number_to(value, places) }}
        {%- endfor %}
    end
    {%- endif -%}
{%- endmacro %}

{% macro analytics_format_number_to(value, places) -%}
    {%- set rounded = round_double(value, places) -%}
    {%- if places == 0 -%}
        cast(cast({{ rounded }} as bigint) as {{ dbt.type_string() }})
    {%- else -%}
        cast(cast({{ rounded }} as decimal(18, {{ places }})) as {{ dbt.type_string() }})
    {%- endif -%}
{%- endmacro %}

{#- A percentage as DfE publishes it, from unrounded counts: c where its count is suppressed,
    z where it has no denominator, k where it is above 0 but rounds to 0. -#}
{% macro analytics_published_percent(value, denominator, suppressed, decimals) -%}
    case
        when {{ suppressed }} then 'c'
        when {{ denominator }} is null or {{ denominator }} = 0 then 'z'
        when {{ value }} > 0 and {{ round_double(value, decimals) }} = 0 then 'k'
        else {{ analytics_format_number(value, decimals) }}
    end
{%- endmacro %}
