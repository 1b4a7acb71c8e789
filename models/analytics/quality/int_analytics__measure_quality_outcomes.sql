-- How far to trust the outcome measures, one row per council, year, measure and signal, share
-- from 0 to 1 (null where the cohort is empty):
-- - oc2_without_sdq (sdq_mean): the share of the OC2 cohort aged 5 to 16 with no SDQ score;
-- - care_leavers_not_known (care_leavers_19_21_eet): the share of the 19-21 cohort whose
--   activity is not known;
-- - distance_not_known (new_placements): the share of placements beginning in the year with no
--   PL_DISTANCE;
-- - inputs_with_validation_errors (placements_3_plus, health_assessment,
--   care_leavers_19_21_eet): the share of the measure's cohort (children looked after on
--   31 March, the OC2 cohort, the 19-21 cohort) with at least one failing record in
--   validation.errors for the council and year;
-- - period_of_care_start_not_known (long_term_stability, placements_3_plus_two_years): the share
--   of children looked after on 31 March whose period of care's first episode the warehouse
--   holds is not an RNE S episode (it began in a return the warehouse does not hold, so its
--   start, and the 2 and 2.5 years the cohorts need, count from a later date than the true one);
-- - entry_not_known (adoption_entry_to_placed_days): the share of the children adopted in the
--   year whose entry to care the warehouse cannot see for the same reason (their stage and A1
--   durations are left out of the means);
-- - rolling_years_held (adoption_a1_days, adoption_a2_days, adoption_a10_days, adoption_a3):
--   how many of the three years the rolling measures average the warehouse holds a return of,
--   over three.
with

council_years as (

    select distinct
        la_code,
        collection_year,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

children_with_errors as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('validation__errors') }}
    where child is not null

),

stock as (

    select
        la_code,
        collection_year,
        time_period,
        child,
        period_of_care_start
    from {{ ref('analytics__looked_after_31_march') }}

),

oc2_cohort as (

    select * from {{ ref('analytics__oc2_cohort') }}

),

care_leavers_19_21 as (

    select * from {{ ref('analytics__care_leavers') }}
    where cohort = '19-21'

),

new_placements as (

    select * from {{ ref('analytics__placements') }}
    where placement_start between {{ collection_start() }} and {{ collection_end() }}

),

period_starts as (

    select
        la_code,
        time_period,
        child,
        decom,
        rne
    from {{ ref('analytics__care_episodes') }}
    where starts_period_of_care

),

adopted as (

    select * from {{ ref('analytics__adoption_journeys') }}

),

returns_held as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__children') }}

),

signal_rows as (

    select
        la_code,
        time_period,
        'sdq_mean' as measure_id,
        'oc2_without_sdq' as signal,  -- noqa: RF04
        sum(case when sdq_score is null then 1 else 0 end) as flagged,
        count(*) as cohort_size
    from oc2_cohort
    where age between 5 and 16
    group by la_code, time_period
    union all
    select
        la_code,
        time_period,
        'care_leavers_19_21_eet' as measure_id,
        'care_leavers_not_known' as signal,  -- noqa: RF04
        sum(case when is_activity_not_known then 1 else 0 end) as flagged,
        count(*) as cohort_size
    from care_leavers_19_21
    group by la_code, time_period
    union all
    select
        la_code,
        time_period,
        'new_placements' as measure_id,
        'distance_not_known' as signal,  -- noqa: RF04
        sum(case when pl_distance is null then 1 else 0 end) as flagged,
        count(*) as cohort_size
    from new_placements
    group by la_code, time_period
    {%- for measure_id in ['long_term_stability', 'placements_3_plus_two_years'] %}
        union all
        select
            stock.la_code,
            stock.time_period,
            '{{ measure_id }}' as measure_id,
            'period_of_care_start_not_known' as signal,  -- noqa: RF04
            sum(case when coalesce(period_starts.rne, '') != 'S' then 1 else 0 end) as flagged,
            count(*) as cohort_size
        from stock
        left join period_starts
            on
                stock.la_code = period_starts.la_code
                and stock.time_period = period_starts.time_period
                and stock.child = period_starts.child
                and stock.period_of_care_start = period_starts.decom
        group by stock.la_code, stock.time_period
    {%- endfor %}
    union all
    select
        la_code,
        time_period,
        'adoption_entry_to_placed_days' as measure_id,
        'entry_not_known' as signal,  -- noqa: RF04
        sum(case when entered_care_date is null then 1 else 0 end) as flagged,
        count(*) as cohort_size
    from adopted
    group by la_code, time_period
    {%- for measure_id, cohort in [
        ('placements_3_plus', 'stock'),
        ('health_assessment', 'oc2_cohort'),
        ('care_leavers_19_21_eet', 'care_leavers_19_21'),
    ] %}
        union all
        select
            cohort_row.la_code,
            cohort_row.time_period,
            '{{ measure_id }}' as measure_id,
            'inputs_with_validation_errors' as signal,  -- noqa: RF04
            sum(case when with_errors.child is not null then 1 else 0 end) as flagged,
            count(*) as cohort_size
        from {{ cohort }} as cohort_row
        left join children_with_errors as with_errors
            on
                cohort_row.la_code = with_errors.la_code
                and cohort_row.collection_year = with_errors.collection_year
                and cohort_row.child = with_errors.child
        group by cohort_row.la_code, cohort_row.time_period
    {%- endfor %}
    {%- for measure_id in [
        'adoption_a1_days', 'adoption_a2_days', 'adoption_a10_days', 'adoption_a3'
    ] %}
        union all
        select
            council_years.la_code,
            council_years.time_period,
            '{{ measure_id }}' as measure_id,
            'rolling_years_held' as signal,  -- noqa: RF04
            count(returns_held.time_period) as flagged,
            3 as cohort_size
        from council_years
        left join returns_held
            on
                council_years.la_code = returns_held.la_code
                and returns_held.time_period
                between council_years.time_period - 2 and council_years.time_period
        group by council_years.la_code, council_years.time_period
    {%- endfor %}

),

signal_names as (

    select distinct
        measure_id,
        signal
    from signal_rows

)

-- Every council and year gets every signal (null share where the cohort is empty).
select
    council_years.la_code,
    council_years.time_period,
    signal_names.measure_id,
    signal_names.signal,  -- noqa: RF04
    case
        when signal_rows.cohort_size > 0
            then cast(signal_rows.flagged as double) / signal_rows.cohort_size
    end as share  -- noqa: RF04
from council_years
cross join signal_names
left join signal_rows
    on
        council_years.la_code = signal_rows.la_code
        and council_years.time_period = signal_rows.time_period
        and signal_names.measure_id = signal_rows.measure_id
        and signal_names.signal = signal_rows.signal
