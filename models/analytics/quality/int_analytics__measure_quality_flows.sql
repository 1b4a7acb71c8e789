-- How far to trust the stock and flow measures, per council and year:
-- distance_not_known, beside placed_over_20_miles: the share of children looked after on
-- 31 March whose placement distance (PL_DISTANCE) could not be derived (a home or placement
-- postcode missing or invalid); DfE keeps them in the denominator, so a high share lowers the
-- percentage over 20 miles.
-- inputs_with_validation_errors, beside cla_31_march, started and ceased: the share of the
-- measure's children with at least one failure of any rule in validation.errors for the
-- council's return of that year.
with

error_children as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('validation__errors') }}
    where child is not null

),

cohorts as (

    select
        la_code,
        collection_year,
        time_period,
        child,
        'cla_31_march' as measure_id,
        pl_distance is null as is_distance_not_known
    from {{ ref('analytics__looked_after_31_march') }}
    union all
    select
        la_code,
        collection_year,
        time_period,
        child,
        'started' as measure_id,
        false as is_distance_not_known
    from {{ ref('analytics__started_in_year') }}
    union all
    select
        la_code,
        collection_year,
        time_period,
        child,
        'ceased' as measure_id,
        false as is_distance_not_known
    from {{ ref('analytics__ceased_in_year') }}

),

cohort_counts as (

    select
        cohorts.la_code,
        cohorts.time_period,
        cohorts.measure_id,
        count(*) as children,
        sum(case when error_children.child is not null then 1 else 0 end) as with_errors,
        sum(case when cohorts.is_distance_not_known then 1 else 0 end) as distance_not_known
    from cohorts
    left join error_children
        on
            cohorts.la_code = error_children.la_code
            and cohorts.collection_year = error_children.collection_year
            and cohorts.child = error_children.child
    group by cohorts.la_code, cohorts.time_period, cohorts.measure_id

)

select
    la_code,
    time_period,
    measure_id,
    'inputs_with_validation_errors' as signal,  -- noqa: RF04
    cast(with_errors as double) / children as share  -- noqa: RF04
from cohort_counts
union all
select
    la_code,
    time_period,
    'placed_over_20_miles' as measure_id,
    'distance_not_known' as signal,  -- noqa: RF04
    cast(distance_not_known as double) / children as share  -- noqa: RF04
from cohort_counts
where measure_id = 'cla_31_march'
