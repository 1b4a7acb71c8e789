-- Adoption timeliness (analytics-measures.md §3.7), from analytics__adoption_journeys.
-- - DfE's national stage timings, over the children adopted in the year, mean days where both
--   dates are known: adoption_entry_to_decision_days (stage 1), adoption_decision_to_match_days
--   (2), adoption_match_to_placed_days (3), adoption_entry_to_placed_days (4),
--   adoption_placed_to_order_days (5), adoption_entry_to_order_days (6).
-- - The adoption scorecard's measures, 3-year rolling over the children adopted in the three
--   years to 31 March (this year's return and the council's two before it): adoption_a1_days
--   (entry to placed), adoption_a10_days (A1 ending, for an adoption by the foster carers, on
--   the day the child moved in with them), adoption_a2_days (placement order to match, children
--   without an order or not placed before the adoption order left out), adoption_a3 (the share
--   of those with an A1 whose wait was 426 days (14 months) or less). Where the warehouse holds
--   fewer than three of the council's returns, the mean is over the years it holds (the quality
--   signal rolling_years_held of int_analytics__measure_quality_outcomes says how many).
-- - placed_within_12_months_of_decision: children adopted in the year who were placed for
--   adoption within 12 months of the LA's decision, over all children adopted in the year.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

journeys as (

    select * from {{ ref('analytics__adoption_journeys') }}

),

three_years as (

    select
        council_years.la_code,
        council_years.time_period,
        journey.child,
        journey.a1_days,
        journey.a2_days,
        journey.a10_days
    from council_years
    inner join journeys as journey
        on
            council_years.la_code = journey.la_code
            and journey.time_period
            between council_years.time_period - 2 and council_years.time_period

)

{{ measure_mean_row(
    'adoption_entry_to_decision_days', 'journeys', 'council_years', 'entry_to_decision_days'
) }}
union all
{{ measure_mean_row(
    'adoption_decision_to_match_days', 'journeys', 'council_years', 'decision_to_match_days'
) }}
union all
{{ measure_mean_row(
    'adoption_match_to_placed_days', 'journeys', 'council_years', 'match_to_placed_days'
) }}
union all
{{ measure_mean_row(
    'adoption_entry_to_placed_days', 'journeys', 'council_years', 'entry_to_placed_days'
) }}
union all
{{ measure_mean_row(
    'adoption_placed_to_order_days', 'journeys', 'council_years', 'placed_to_order_days'
) }}
union all
{{ measure_mean_row(
    'adoption_entry_to_order_days', 'journeys', 'council_years', 'entry_to_order_days'
) }}
union all
{{ measure_mean_row(
    'adoption_a1_days', 'three_years', 'council_years', 'a1_days'
) }}
union all
{{ measure_mean_row(
    'adoption_a2_days', 'three_years', 'council_years', 'a2_days'
) }}
union all
{{ measure_mean_row(
    'adoption_a10_days', 'three_years', 'council_years', 'a10_days'
) }}
union all
{{ measure_share_row(
    'adoption_a3', 'three_years', 'council_years', 'a1_days <= 426',
    cohort_filter='a1_days is not null'
) }}
union all
{{ measure_share_row(
    'placed_within_12_months_of_decision', 'journeys', 'council_years',
    'placed_within_12_months_of_decision'
) }}
