{#- Formatting for published values (models/analytics/intermediate/int_analytics__disclosure.sql).
    A number rounded to `decimals` places (a column, 0 to 3) as text: 67, 14.9, 15.0. -#}
{% macro analytics_format_number(value, decimals) -%}
    case {{ decimals }}
        when 0 then cast(cast(round({{ value }}, 0) as bigint) as {{ dbt.type_string() }})
        when 1 then cast(cast(round({{ value }}, 1) as decimal(18, 1)) as {{ dbt.type_string() }})
        when 2 then cast(cast(round({{ value }}, 2) as decimal(18, 2)) as {{ dbt.type_string() }})
        when 3 then cast(cast(round({{ value }}, 3) as decimal(18, 3)) as {{ dbt.type_string() }})
    end
{%- endmacro %}

{#- A percentage as DfE publishes it, from unrounded counts: c where its count is suppressed,
    z where it has no denominator, k where it is above 0 but rounds to 0. -#}
{% macro analytics_published_percent(value, denominator, suppressed, decimals) -%}
    case
        when {{ suppressed }} then 'c'
        when {{ denominator }} is null or {{ denominator }} = 0 then 'z'
        when {{ value }} > 0 and round({{ value }}, {{ decimals }}) = 0 then 'k'
        else {{ analytics_format_number(value, decimals) }}
    end
{%- endmacro %}
