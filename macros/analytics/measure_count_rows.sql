{#- The rows of a count measure in the interface of int_analytics__measure_rows_<family>: a total
    row per council and year of `council_years` (a relation or CTE with la_code and
    time_period), numerator the number of `cohort` rows (one per child: la_code, time_period,
    child and a label column per breakdown topic), denominator null; then, for each topic of
    `breakdowns` (the cohort column holding its label is named like the topic), a row per label
    with the count in it and the measure's total as denominator. The labels are every label
    measure_groupings gives the topic (`seed_topics` maps a breakdown topic to another seed
    topic; by default the same name), so a group with no children shows 0, plus any other label
    the cohort holds (e.g. Age not known), so that a topic's rows always sum to the total. -#}
{% macro measure_count_rows(measure_id, cohort, council_years, breakdowns=[], seed_topics={}) -%}
    select
        council_years.la_code,
        council_years.time_period,
        '{{ measure_id }}' as measure_id,
        'total' as breakdown_topic,
        'Total' as breakdown,
        cast(count(cohort_row.child) as double) as numerator,
        cast(null as double) as denominator
    from {{ council_years }} as council_years
    left join {{ cohort }} as cohort_row
        on
            council_years.la_code = cohort_row.la_code
            and council_years.time_period = cohort_row.time_period
    group by council_years.la_code, council_years.time_period
    {%- for topic in breakdowns %}
        {%- set seed_topic = seed_topics.get(topic, topic) %}
        union all
        select
            labels.la_code,
            labels.time_period,
            '{{ measure_id }}' as measure_id,
            '{{ topic }}' as breakdown_topic,
            labels.label as breakdown,
            cast(coalesce(in_label.children, 0) as double) as numerator,
            cast(coalesce(in_total.children, 0) as double) as denominator
        from (
            select
                council_years.la_code,
                council_years.time_period,
                seed_labels.label
            from {{ council_years }} as council_years
            cross join (
                select distinct label from {{ ref('measure_groupings') }}
                where topic = '{{ seed_topic }}'
            ) as seed_labels
            union
            select distinct
                la_code,
                time_period,
                {{ topic }} as label
            from {{ cohort }}
        ) as labels
        left join (
            select
                la_code,
                time_period,
                {{ topic }} as label,
                count(*) as children
            from {{ cohort }}
            group by la_code, time_period, {{ topic }}
        ) as in_label
            on
                labels.la_code = in_label.la_code
                and labels.time_period = in_label.time_period
                and labels.label = in_label.label
        left join (
            select
                la_code,
                time_period,
                count(*) as children
            from {{ cohort }}
            group by la_code, time_period
        ) as in_total
            on
                labels.la_code = in_total.la_code
                and labels.time_period = in_total.time_period
    {%- endfor %}
{%- endmacro %}

{#- The total row of a percentage (or share) measure: per council and year of `council_years`,
    numerator the `cohort` rows (one per child) where `condition` holds, denominator all of them
    (`cohort_filter` narrows the cohort first, e.g. to females aged 12 or over). -#}
{% macro measure_share_row(measure_id, cohort, council_years, condition, cohort_filter='true') -%}
    select
        council_years.la_code,
        council_years.time_period,
        '{{ measure_id }}' as measure_id,
        'total' as breakdown_topic,
        'Total' as breakdown,
        cast(coalesce(sum(case when {{ condition }} then 1 else 0 end), 0) as double) as numerator,
        cast(count(cohort_row.child) as double) as denominator
    from {{ council_years }} as council_years
    left join (
        select * from {{ cohort }}
        where {{ cohort_filter }}
    ) as cohort_row
        on
            council_years.la_code = cohort_row.la_code
            and council_years.time_period = cohort_row.time_period
    group by council_years.la_code, council_years.time_period
{%- endmacro %}
