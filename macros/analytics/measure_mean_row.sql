{#- The total row of a mean measure in the interface of int_analytics__measure_rows_<family>:
    per council and year of `council_years` (la_code, time_period), numerator the sum of
    `value` over the `cohort` rows where it is not null, denominator how many such values (0
    and 0 when there are none; the mean is numerator / denominator). `cohort_filter` narrows the
    cohort first. -#}
{% macro measure_mean_row(measure_id, cohort, council_years, value, cohort_filter='true') -%}
    select
        council_years.la_code,
        council_years.time_period,
        '{{ measure_id }}' as measure_id,
        'total' as breakdown_topic,
        'Total' as breakdown,
        cast(coalesce(sum(cohort_row.measure_value), 0) as double) as numerator,
        cast(count(cohort_row.measure_value) as double) as denominator
    from {{ council_years }} as council_years
    left join (
        select
            la_code,
            time_period,
            {{ value }} as measure_value
        from {{ cohort }}
        where {{ cohort_filter }}
    ) as cohort_row
        on
            council_years.la_code = cohort_row.la_code
            and council_years.time_period = cohort_row.time_period
    group by council_years.la_code, council_years.time_period
{%- endmacro %}
