-- Each breakdown topic of a count or percentage partitions its total: at every level (council,
-- region, England), the numerators of a topic's categories sum to the total row's numerator,
-- and for a percentage their denominators to its denominator (a family emits every category,
-- zeros included, "not known" as a category of its own).
with

measures as (

    select * from {{ ref('analytics__measures') }}
    where unit in ('count', 'percent')

),

totals as (

    select
        geographic_level,
        coalesce(old_la_code, region_code, country_code) as area_code,
        time_period,
        measure_id,
        unit,
        numerator,
        denominator
    from measures
    where breakdown_topic = 'total'

),

topics as (

    select
        geographic_level,
        coalesce(old_la_code, region_code, country_code) as area_code,
        time_period,
        measure_id,
        breakdown_topic,
        sum(numerator) as numerator,
        sum(denominator) as denominator
    from measures
    where breakdown_topic != 'total' and unit = 'percent'
    group by 1, 2, 3, 4, 5

    union all

    select
        geographic_level,
        coalesce(old_la_code, region_code, country_code) as area_code,
        time_period,
        measure_id,
        breakdown_topic,
        sum(numerator) as numerator,
        cast(null as double) as denominator
    from measures
    where breakdown_topic != 'total' and unit = 'count'
    group by 1, 2, 3, 4, 5

)

select
    topics.geographic_level,
    topics.area_code,
    topics.time_period,
    topics.measure_id,
    topics.breakdown_topic,
    topics.numerator as topic_numerator,
    totals.numerator as total_numerator,
    topics.denominator as topic_denominator,
    totals.denominator as total_denominator
from topics
left join totals
    on
        topics.geographic_level = totals.geographic_level
        and topics.area_code = totals.area_code
        and topics.time_period = totals.time_period
        and topics.measure_id = totals.measure_id
where
    totals.numerator is null
    or abs(topics.numerator - totals.numerator) > 0.001
    or (
        totals.unit = 'percent'
        and abs(coalesce(topics.denominator, -1) - coalesce(totals.denominator, -1)) > 0.001
    )
