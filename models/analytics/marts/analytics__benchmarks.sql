-- Each council's value of each measure and breakdown, four ways, as DfE's LAIT shows it: beside
-- its region, its statistical neighbours (DfE's 2025 model: mean and median of those of its 10
-- neighbours the warehouse holds) and England, with last year's value, the change, the rank
-- among the councils in the warehouse (ties share the best rank) and the quartile band (A best,
-- by the measure's polarity; none for neutral measures). Regional and England values are sums
-- over the councils the warehouse holds.
with

measures as (

    select * from {{ ref('analytics__measures') }}

),

registry as (

    select * from {{ ref('measure_registry') }}

),

neighbours as (

    select * from {{ ref('statistical_neighbours') }}

),

councils as (

    select
        measures.time_period,
        measures.old_la_code as la_code,
        measures.la_name,
        measures.region_code,
        measures.region_name,
        measures.measure_id,
        measures.breakdown_topic,
        measures.breakdown,
        measures.unit,
        registry.polarity,
        measures.value_unrounded as council_value,
        measures.value_published as council_published
    from measures
    inner join registry
        on measures.measure_id = registry.measure_id
    where measures.geographic_level = 'Local authority'

),

regional as (

    select
        time_period,
        region_code,
        measure_id,
        breakdown_topic,
        breakdown,
        value_unrounded as region_value
    from measures
    where geographic_level = 'Regional'

),

national as (

    select
        time_period,
        measure_id,
        breakdown_topic,
        breakdown,
        value_unrounded as england_value
    from measures
    where geographic_level = 'National'

),

neighbour_values as (

    select
        councils.time_period,
        councils.la_code,
        councils.measure_id,
        councils.breakdown_topic,
        councils.breakdown,
        count(neighbour.council_value) as neighbours_present,
        avg(neighbour.council_value) as neighbours_mean,
        {{ quantile_cont('neighbour.council_value', 0.5) }} as neighbours_median
    from councils
    left join neighbours
        on councils.la_code = neighbours.la_code
    left join councils as neighbour
        on
            neighbours.neighbour_la_code = neighbour.la_code
            and councils.time_period = neighbour.time_period
            and councils.measure_id = neighbour.measure_id
            and councils.breakdown_topic = neighbour.breakdown_topic
            and councils.breakdown = neighbour.breakdown
    group by
        councils.time_period,
        councils.la_code,
        councils.measure_id,
        councils.breakdown_topic,
        councils.breakdown

),

quartiles as (

    select
        time_period,
        measure_id,
        breakdown_topic,
        breakdown,
        {{ quantile_cont('council_value', 0.25) }} as lower_quartile,
        {{ quantile_cont('council_value', 0.5) }} as median_value,
        {{ quantile_cont('council_value', 0.75) }} as upper_quartile
    from councils
    where council_value is not null and polarity != 'neutral'
    group by time_period, measure_id, breakdown_topic, breakdown

),

ranked as (

    select
        time_period,
        la_code,
        measure_id,
        breakdown_topic,
        breakdown,
        cast(rank() over (
            partition by time_period, measure_id, breakdown_topic, breakdown
            order by
                case when polarity = 'higher_is_better' then -council_value else council_value end
                asc
        ) as bigint) as council_rank,
        count(*) over (
            partition by time_period, measure_id, breakdown_topic, breakdown
        ) as councils_ranked
    from councils
    where council_value is not null and polarity != 'neutral'

),

benchmarks as (

    select
        councils.time_period,
        councils.la_code,
        councils.la_name,
        councils.region_code,
        councils.region_name,
        councils.measure_id,
        councils.breakdown_topic,
        councils.breakdown,
        councils.unit,
        councils.polarity,
        councils.council_value,
        councils.council_published,
        regional.region_value,
        neighbour_values.neighbours_mean,
        neighbour_values.neighbours_median,
        neighbour_values.neighbours_present,
        national.england_value,
        previous.council_value as previous_value,
        councils.council_value - previous.council_value as change_from_previous,
        case
            when councils.council_value is null or previous.council_value is null then null
            when councils.council_value > previous.council_value then 'up'
            when councils.council_value < previous.council_value then 'down'
            else 'same'
        end as trend,
        ranked.council_rank,
        ranked.councils_ranked,
        case
            when quartiles.median_value is null or councils.council_value is null then null
            when councils.polarity = 'higher_is_better'
                then
                    case
                        when councils.council_value >= quartiles.upper_quartile then 'A'
                        when councils.council_value >= quartiles.median_value then 'B'
                        when councils.council_value >= quartiles.lower_quartile then 'C'
                        else 'D'
                    end
            when councils.polarity = 'lower_is_better'
                then
                    case
                        when councils.council_value <= quartiles.lower_quartile then 'A'
                        when councils.council_value <= quartiles.median_value then 'B'
                        when councils.council_value <= quartiles.upper_quartile then 'C'
                        else 'D'
                    end
        end as quartile_band
    from councils
    left join regional
        on
            councils.region_code = regional.region_code
            and councils.time_period = regional.time_period
            and councils.measure_id = regional.measure_id
            and councils.breakdown_topic = regional.breakdown_topic
            and councils.breakdown = regional.breakdown
    left join neighbour_values
        on
            councils.la_code = neighbour_values.la_code
            and councils.time_period = neighbour_values.time_period
            and councils.measure_id = neighbour_values.measure_id
            and councils.breakdown_topic = neighbour_values.breakdown_topic
            and councils.breakdown = neighbour_values.breakdown
    left join national
        on
            councils.time_period = national.time_period
            and councils.measure_id = national.measure_id
            and councils.breakdown_topic = national.breakdown_topic
            and councils.breakdown = national.breakdown
    left join councils as previous
        on
            councils.la_code = previous.la_code
            and councils.time_period - 1 = previous.time_period
            and councils.measure_id = previous.measure_id
            and councils.breakdown_topic = previous.breakdown_topic
            and councils.breakdown = previous.breakdown
    left join ranked
        on
            councils.la_code = ranked.la_code
            and councils.time_period = ranked.time_period
            and councils.measure_id = ranked.measure_id
            and councils.breakdown_topic = ranked.breakdown_topic
            and councils.breakdown = ranked.breakdown
    left join quartiles
        on
            councils.time_period = quartiles.time_period
            and councils.measure_id = quartiles.measure_id
            and councils.breakdown_topic = quartiles.breakdown_topic
            and councils.breakdown = quartiles.breakdown

)

select * from benchmarks
