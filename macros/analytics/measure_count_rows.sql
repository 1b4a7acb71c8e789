{#- The rows of a count measure in the interface of int_analytics__measure_rows_<family>: a total
    row per council and year of `council_years` (a relation or CTE with la_code and
    time_period), numerator the number of `cohort` rows (one per child: la_code, time_period,
    child and a label column per breakdown topic), denominator null; then, for each topic of
    `breakdowns` (the cohort column holding its label is named like the topic), a row per label
    with the count in it and the measure's total as denominator. The labels are every label
    measure_groupings gives the topic (`seed_topics` maps a breakdown topic to another seed
    topic; by default the same name), so a group with no children shows 0, plus any other label
    the cohort holds (e.g. Age not known), so that a topic's rows always sum to the total.
    With breakdowns the cohort is read once: each row is counted under every topic at the same
    time (a row per topic, its label picked by a case), not once per topic. -#}
{% macro measure_count_rows(measure_id, cohort, council_years, breakdowns=[], seed_topics={}) -%}
    {%- if not breakdowns -%}
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
    {%- else -%}
    select * from (
        with

        measure_topics as (
            select
                'total' as topic,
                '' as seed_topic
            {%- for topic in breakdowns %}
                union all
                select
                    '{{ topic }}' as topic,
                    '{{ seed_topics.get(topic, topic) }}' as seed_topic
            {%- endfor %}
        ),

        measure_counts as (
            select
                cohort_row.la_code,
                cohort_row.time_period,
                measure_topics.topic,
                case measure_topics.topic
                    {%- for topic in breakdowns %}
                        when '{{ topic }}' then cohort_row.{{ topic }}
                    {%- endfor %}
                    else 'Total'
                end as label,
                count(*) as children
            from {{ cohort }} as cohort_row
            cross join measure_topics
            group by cohort_row.la_code, cohort_row.time_period, measure_topics.topic, label
        ),

        measure_labels as (
            select
                la_code,
                time_period,
                'total' as topic,
                'Total' as label
            from {{ council_years }}
            union
            select
                council_years.la_code,
                council_years.time_period,
                measure_topics.topic,
                seed_labels.label
            from {{ council_years }} as council_years
            cross join measure_topics
            inner join {{ ref('measure_groupings') }} as seed_labels
                on measure_topics.seed_topic = seed_labels.topic
            union
            select
                la_code,
                time_period,
                topic,
                label
            from measure_counts
            where topic != 'total'
        )

        select
            measure_labels.la_code,
            measure_labels.time_period,
            '{{ measure_id }}' as measure_id,
            measure_labels.topic as breakdown_topic,
            measure_labels.label as breakdown,
            cast(coalesce(in_label.children, 0) as double) as numerator,
            case
                when measure_labels.topic != 'total'
                    then cast(coalesce(in_total.children, 0) as double)
            end as denominator
        from measure_labels
        left join measure_counts as in_label
            on
                measure_labels.la_code = in_label.la_code
                and measure_labels.time_period = in_label.time_period
                and measure_labels.topic = in_label.topic
                and measure_labels.label = in_label.label
        left join measure_counts as in_total
            on
                measure_labels.la_code = in_total.la_code
                and measure_labels.time_period = in_total.time_period
                and in_total.topic = 'total'
    ) as {{ measure_id }}_rows
    {%- endif %}
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
