{#- A double `value` rounded to `decimals` places (an integer expression, 0 to 15; a column
    too), half away from zero, at the double's exact binary value, as DuckDB's round does it:
    14.85 is stored as 14.8499999999999996..., so it rounds to 14.8, and 1.005 to 1.0.
    Spark's round reads the double's shortest decimal text instead (14.85, hence 14.9: it differs
    from DuckDB on about one value in twenty at 2 places) and takes only a constant for
    `decimals`, so models round doubles through this macro, never with round() itself. -#}
{% macro round_double(value, decimals) -%}
    {{ return(adapter.dispatch('round_double', 'cic')(value, decimals)) }}
{%- endmacro %}

{% macro default__round_double(value, decimals) -%}
    {{ exceptions.raise_compiler_error('round_double has no implementation for ' ~ target.type) }}
{%- endmacro %}

{% macro duckdb__round_double(value, decimals) -%}
    round({{ value }}, {{ decimals }})
{%- endmacro %}

{#- With x the value and p = 10^decimals (exact), h = x * p is the product rounded to a double.
    Its nearest whole number is that of the exact product, except when h lands exactly half-way
    between two (h - floor(h) = 0.5): then the product's rounding error e (exact, by Dekker's
    product: x split into two halves of 26 bits whose products with p are exact) says which side
    the exact product is on, and e = 0 is a true tie, rounded away from zero. The whole number is
    divided by p again, as DuckDB does. -#}
{% macro spark__round_double(value, decimals) -%}
    {%- set x = '(cast(' ~ value ~ ' as double))' -%}
    {%- set p = '(power(10, ' ~ decimals ~ '))' -%}
    {%- set h = '(' ~ x ~ ' * ' ~ p ~ ')' -%}
    {%- set split = '(134217729D * ' ~ x ~ ')' -%}
    {%- set x_high = '(' ~ split ~ ' - (' ~ split ~ ' - ' ~ x ~ '))' -%}
    {%- set x_low = '(' ~ x ~ ' - ' ~ x_high ~ ')' -%}
    {%- set error = '((' ~ x_high ~ ' * ' ~ p ~ ' - ' ~ h ~ ') + ' ~ x_low ~ ' * ' ~ p ~ ')' -%}
    {%- set fraction = '(' ~ h ~ ' - floor(' ~ h ~ '))' -%}
    (
        cast(
            floor({{ h }})
            + case
                when {{ fraction }} > 0.5D then 1
                when {{ fraction }} < 0.5D then 0
                when {{ error }} > 0D then 1
                when {{ error }} < 0D then 0
                when {{ h }} > 0D then 1
                else 0
            end
            as double
        ) / {{ p }}
    )
{%- endmacro %}
