{#- A wide table of one DfE data set (models/analytics/marts/wide/, written by `cic codegen` from
    the measure registry): analytics.measures with a column per measure (its unrounded value)
    and <measure>_published (its published text), one row per year, area and breakdown. -#}
{% macro analytics_wide_table(data_set, measure_ids) -%}
{%- set keys = [
    'time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name',
    'region_code', 'region_name', 'old_la_code', 'la_name', 'new_la_code', 'breakdown_topic',
    'breakdown'
] -%}
with

measures as (

    select * from {{ ref('analytics__measures') }}
    where measure_id in ('{{ measure_ids | join("', '") }}')

),

wide as (

    select
        {%- for key in keys %}
        {{ key }},
        {%- endfor %}
        {%- for measure_id in measure_ids %}
        max(case when measure_id = '{{ measure_id }}' then value_unrounded end) as {{ measure_id }},
        max(case when measure_id = '{{ measure_id }}' then value_published end)
            as {{ measure_id }}_published{{ ',' if not loop.last }}
        {%- endfor %}
    from measures
    group by
        {%- for key in keys %}
        {{ key }}{{ ',' if not loop.last }}
        {%- endfor %}

)

select * from wide
{%- endmacro %}
