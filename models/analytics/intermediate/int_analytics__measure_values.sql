-- One row per area (council, region, England), year, measure and breakdown, unrounded: the
-- families' council rows from the measure's first valid year, rates per 10,000 derived from
-- the counts and the ONS population of the calendar year before (or the newest year the seed
-- holds: population_year says which), and regional and England rows summed over the councils
-- the warehouse holds.
with

measure_rows as (

    select * from {{ ref('int_analytics__measure_rows') }}

),

registry as (

    select * from {{ ref('measure_registry') }}

),

population as (

    select * from {{ ref('ons_population') }}

),

local_authorities as (

    select * from {{ ref('local_authorities') }}

),

regions as (

    select * from {{ ref('regions') }}

),

council_rows as (

    select
        measure_rows.la_code,
        measure_rows.time_period,
        measure_rows.measure_id,
        measure_rows.breakdown_topic,
        measure_rows.breakdown,
        measure_rows.numerator,
        measure_rows.denominator,
        cast(null as integer) as population_year
    from measure_rows
    inner join registry
        on measure_rows.measure_id = registry.measure_id
    where measure_rows.time_period >= registry.first_valid_year

),

-- A rate is the total of the count it is of, per 10,000 children aged 0 to 17.
rate_counts as (

    select
        council_rows.la_code,
        council_rows.time_period,
        registry.measure_id,
        council_rows.numerator
    from council_rows
    inner join registry
        on council_rows.measure_id = registry.rate_of
    where
        registry.unit = 'rate_per_10000'
        and council_rows.breakdown_topic = 'total'
        and council_rows.time_period >= registry.first_valid_year

),

council_population as (

    select
        la_code,
        year,
        population_0_17
    from population
    where geographic_level = 'Local authority'

),

-- The mid-year estimate of the calendar year before the year ends, else the newest before it.
population_years as (

    select
        rate_counts.la_code,
        rate_counts.time_period,
        max(council_population.year) as population_year
    from rate_counts
    inner join council_population
        on
            rate_counts.la_code = council_population.la_code
            and council_population.year <= rate_counts.time_period - 1
    group by rate_counts.la_code, rate_counts.time_period

),

rate_rows as (

    select
        rate_counts.la_code,
        rate_counts.time_period,
        rate_counts.measure_id,
        'total' as breakdown_topic,
        'Total' as breakdown,
        rate_counts.numerator,
        cast(council_population.population_0_17 as double) as denominator,
        population_years.population_year
    from rate_counts
    left join population_years
        on
            rate_counts.la_code = population_years.la_code
            and rate_counts.time_period = population_years.time_period
    left join council_population
        on
            population_years.la_code = council_population.la_code
            and population_years.population_year = council_population.year

),

councils as (

    select
        all_rows.la_code,
        all_rows.time_period,
        all_rows.measure_id,
        all_rows.breakdown_topic,
        all_rows.breakdown,
        all_rows.numerator,
        all_rows.denominator,
        all_rows.population_year,
        local_authorities.la_name,
        local_authorities.ons_code,
        regions.region_code,
        local_authorities.region as region_name
    from (
        select * from council_rows
        union all
        select * from rate_rows
    ) as all_rows
    left join local_authorities
        on all_rows.la_code = local_authorities.la_code
    left join regions
        on local_authorities.region = regions.region_name

),

-- Sums over councils: a denominator only where every council has one (a rate with a council
-- whose population is unknown has none, and is published as x).
council_level as (

    select
        'Local authority' as geographic_level,
        region_code,
        region_name,
        la_code as old_la_code,
        la_name,
        ons_code as new_la_code,
        time_period,
        measure_id,
        breakdown_topic,
        breakdown,
        numerator,
        denominator,
        population_year
    from councils

),

regional_level as (

    select
        'Regional' as geographic_level,
        region_code,
        region_name,
        cast(null as {{ dbt.type_string() }}) as old_la_code,
        cast(null as {{ dbt.type_string() }}) as la_name,
        cast(null as {{ dbt.type_string() }}) as new_la_code,
        time_period,
        measure_id,
        breakdown_topic,
        breakdown,
        sum(numerator) as numerator,
        case when count(denominator) = count(*) then sum(denominator) end as denominator,
        max(population_year) as population_year
    from councils
    where region_code is not null
    group by region_code, region_name, time_period, measure_id, breakdown_topic, breakdown

),

national_level as (

    select
        'National' as geographic_level,
        cast(null as {{ dbt.type_string() }}) as region_code,
        cast(null as {{ dbt.type_string() }}) as region_name,
        cast(null as {{ dbt.type_string() }}) as old_la_code,
        cast(null as {{ dbt.type_string() }}) as la_name,
        cast(null as {{ dbt.type_string() }}) as new_la_code,
        time_period,
        measure_id,
        breakdown_topic,
        breakdown,
        sum(numerator) as numerator,
        case when count(denominator) = count(*) then sum(denominator) end as denominator,
        max(population_year) as population_year
    from councils
    group by time_period, measure_id, breakdown_topic, breakdown

),

levels as (

    select * from council_level
    union all
    select * from regional_level
    union all
    select * from national_level

),

england as (

    select
        region_code as country_code,
        region_name as country_name
    from regions
    where region_code = 'E92000001'

),

measure_values as (

    select
        levels.time_period,
        'Reporting year' as time_identifier,
        levels.geographic_level,
        england.country_code,
        england.country_name,
        levels.region_code,
        levels.region_name,
        levels.old_la_code,
        levels.la_name,
        levels.new_la_code,
        levels.measure_id,
        levels.breakdown_topic,
        levels.breakdown,
        registry.unit,
        registry.decimals,
        registry.suppression_class,
        levels.numerator,
        levels.denominator,
        case
            when registry.unit = 'count' then levels.numerator
            when levels.denominator is null or levels.denominator = 0 then null
            when registry.unit = 'percent' then 100 * levels.numerator / levels.denominator
            when registry.unit = 'rate_per_10000'
                then 10000 * levels.numerator / levels.denominator
            when registry.unit in ('mean', 'mean_days')
                then levels.numerator / levels.denominator
        end as value_unrounded,
        case
            when
                registry.unit = 'count'
                and levels.breakdown_topic != 'total'
                and levels.denominator > 0
                then 100 * levels.numerator / levels.denominator
        end as share_unrounded,
        levels.population_year
    from levels
    inner join registry
        on levels.measure_id = registry.measure_id
    cross join england

)

select * from measure_values
