{#- The continuous (linearly interpolated) quantile `fraction` of `column` in a group: R's
    default quantile (type 7), which DfE's LAIT uses for its quartile bands. An aggregate. -#}
{% macro quantile_cont(column, fraction) -%}
    {{ return(adapter.dispatch('quantile_cont', 'cic')(column, fraction)) }}
{%- endmacro %}

{% macro default__quantile_cont(column, fraction) -%}
    percentile_cont({{ fraction }}) within group (order by {{ column }})
{%- endmacro %}

{% macro duckdb__quantile_cont(column, fraction) -%}
    quantile_cont({{ column }}, {{ fraction }})
{%- endmacro %}

{% macro spark__quantile_cont(column, fraction) -%}
    percentile({{ column }}, {{ fraction }})
{%- endmacro %}
