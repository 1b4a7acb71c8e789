-- Measures of children who started to be looked after in the year, from
-- analytics__started_in_year (DfE counts children, each once, described by their first start):
-- started, in total and by age group on starting, sex, category of need, legal status on
-- starting, UASC on the start date, placement group on starting and previous permanence;
-- taken_into_care (started under C1, C2, L1 or L2), with the starts as denominator so its share
-- shows; uasc_started likewise. Two other numbers councils report, labelled apart from DfE's:
-- periods_of_care_started (every period of care started in the year, so a child may count more
-- than once) and children_new_in_year (children who started and had not been looked after
-- earlier in the year).
-- A child whose group is not known is counted under a 'not known' label, so each topic sums to
-- the total.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

starters as (

    select
        la_code,
        time_period,
        child,
        is_taken_into_care,
        is_uasc,
        periods_started_in_year,
        was_looked_after_earlier_in_year,
        age_group,
        coalesce(sex, 'Not known') as sex,
        coalesce(need_group, 'Category of need not known') as need,
        coalesce(legal_status_started, 'Legal status not known') as legal_status_started,
        case when is_uasc then 'UASC' else 'Non-UASC' end as uasc,
        placement_group as placement,
        previous_permanence
    from {{ ref('analytics__started_in_year') }}

),

new_in_year as (

    select * from starters
    where not was_looked_after_earlier_in_year

),

periods_started as (

    select
        council_years.la_code,
        council_years.time_period,
        'periods_of_care_started' as measure_id,
        'total' as breakdown_topic,
        'Total' as breakdown,
        cast(coalesce(sum(starters.periods_started_in_year), 0) as double) as numerator,
        cast(null as double) as denominator
    from council_years
    left join starters
        on
            council_years.la_code = starters.la_code
            and council_years.time_period = starters.time_period
    group by council_years.la_code, council_years.time_period

)

{{ measure_count_rows(
    'started', 'starters', 'council_years',
    breakdowns=[
        'age_group', 'sex', 'need', 'legal_status_started', 'uasc', 'placement',
        'previous_permanence'
    ]
) }}
union all
{{ measure_share_row('taken_into_care', 'starters', 'council_years', 'is_taken_into_care') }}
union all
{{ measure_share_row('uasc_started', 'starters', 'council_years', 'is_uasc') }}
union all
{{ measure_count_rows('children_new_in_year', 'new_in_year', 'council_years') }}
union all
select * from periods_started
