-- Disclosure control as DfE applies it to its children-looked-after statistics: every value
-- of int_analytics__measure_values beside its published text.
-- * Council cells: a count of 1 to 5 children (the numerator of a count or percentage, the count
--   a rate is of, the number of values of a mean) is c. Secondary suppression: where exactly one
--   cell of a breakdown (council, year, measure, topic) is c, the smallest other non-zero cell of
--   it is c too, so the first cannot be recovered by subtracting the rest from the total. A true
--   zero is 0. Measures of suppression class none are never suppressed.
-- * Regional and England counts are rounded to the nearest 10 and never suppressed.
-- * Percentages from unrounded counts, to the registry's decimals (whole numbers): c where the
--   count is suppressed, k above 0 but rounding to 0, z with no denominator; rates per 10,000
--   likewise, x where the population is not known; means to the registry's decimals.
with

measure_values as (

    select * from {{ ref('int_analytics__measure_values') }}

),

cells as (

    select
        *,
        case
            when suppression_class in ('count', 'percent', 'rate') then numerator
            when suppression_class = 'mean' then denominator
        end as protected_count
    from measure_values

),

primary_suppression as (

    select
        *,
        coalesce(
            geographic_level = 'Local authority'
            and protected_count >= 1
            and protected_count <= 5,
            false
        ) as is_primary
    from cells

),

breakdown_groups as (

    select
        *,
        sum(case when is_primary then 1 else 0 end) over (
            partition by geographic_level, old_la_code, time_period, measure_id, breakdown_topic
        ) as primary_cells,
        row_number() over (
            partition by
                geographic_level,
                old_la_code,
                time_period,
                measure_id,
                breakdown_topic,
                case when not is_primary and protected_count > 0 then 0 else 1 end
            order by protected_count asc, breakdown asc
        ) as candidate_order
    from primary_suppression

),

suppression as (

    select
        *,
        is_primary or coalesce(
            geographic_level = 'Local authority'
            and suppression_class in ('count', 'percent')
            and breakdown_topic != 'total'
            and primary_cells = 1
            and not is_primary
            and protected_count > 0
            and candidate_order = 1,
            false
        ) as is_suppressed
    from breakdown_groups

),

published as (

    select
        time_period,
        time_identifier,
        geographic_level,
        country_code,
        country_name,
        region_code,
        region_name,
        old_la_code,
        la_name,
        new_la_code,
        measure_id,
        breakdown_topic,
        breakdown,
        unit,
        numerator,
        denominator,
        value_unrounded,
        case
            when unit = 'count' and numerator is null then 'x'
            when unit = 'count' and is_suppressed then 'c'
            when unit = 'count' and geographic_level = 'Local authority'
                then {{ analytics_format_number('numerator', 0) }}
            when unit = 'count'
                then {{ analytics_format_number(round_double('numerator / 10', 0) ~ ' * 10', 0) }}
            when unit = 'percent'
                then {{ analytics_published_percent(
                    'value_unrounded', 'denominator', 'is_suppressed', 'decimals'
                ) }}
            when unit not in ('rate_per_10000', 'mean', 'mean_days') then null
            when is_suppressed then 'c'
            when unit = 'rate_per_10000' and denominator is null then 'x'
            when denominator is null or denominator = 0 then 'z'
            else {{ analytics_format_number('value_unrounded', 'decimals') }}
        end as value_published,
        share_unrounded,
        case
            when unit = 'count' and breakdown_topic != 'total' and denominator is not null
                then {{ analytics_published_percent(
                    'share_unrounded', 'denominator', 'is_suppressed', 0
                ) }}
        end as share_published,
        is_suppressed,
        population_year
    from suppression

)

select * from published
