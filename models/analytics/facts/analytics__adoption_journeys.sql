-- Each child adopted in the year, with the dates of the adoption journey DfE times
-- (analytics-measures.md §3.7), one row per council, time period and child: the child's episode
-- that ended in the year with REC E11 or E12 (the last one, should there be two; short breaks
-- left out), in the period of care it ended.
-- - entered care: the start of that final period of care (DECOM of its RNE S episode); null
--   when the first episode the warehouse holds of the period is not an S episode (its start is
--   in a return the warehouse does not hold), rather than a later date that would shorten A1;
-- - decision: AD1 DATE_INT, the LA's decision that the child should be placed for adoption;
-- - placement order: DECOM of the period's first episode under a placement order (LS E1) or a
--   freeing order (D1, legacy);
-- - match: AD1 DATE_MATCH;
-- - placed: DECOM of the period's first episode placed for adoption (PLACE A3 to A6);
-- - adoption order: DEC of the adopted episode.
-- Stage days are plain date differences (null where either date is missing): 1 entry to
-- decision, 2 decision to match, 3 match to placed, 4 entry to placed, 5 placed to order,
-- 6 entry to order. A1 is entry to placed. A10 is A1 but, for a child adopted by their foster
-- carers (AD1 FOSTER_CARE 1), ends on the day the child moved in with those carers as foster
-- carers: the start of the placement (analytics__placements, where the move into A3/A5 with the
-- same carers is no new placement) that the child was in when placed for adoption. A2 runs from
-- the placement order to the match, 0 when the match came first; null for a child with no
-- placement or freeing order, or not placed before the adoption order (DfE leaves them out).
-- Placed within 12 months of the decision: placed on or before the decision's date 12 months on.
-- AD1 comes from the year's return (the first row in file order should it repeat the child).
{%- set order_to_match_days = dbt.datediff(
    'journeys.placement_order_date', 'journeys.match_date', 'day'
) %}
with

episodes as (

    select * from {{ ref('analytics__care_episodes') }}
    where not is_short_break

),

adopted as (

    select
        la_code,
        collection_year,
        time_period,
        child,
        period_of_care_number,
        period_of_care_start,
        dec as adoption_order_date,
        rec,
        row_number() over (
            partition by la_code, time_period, child
            order by dec desc
        ) as adoption_number
    from episodes
    where
        rec in ('E11', 'E12')
        and dec between {{ collection_start() }} and {{ collection_end() }}

),

period_dates as (

    select
        adopted.la_code,
        adopted.time_period,
        adopted.child,
        min(case when episode.starts_period_of_care and episode.rne = 'S' then episode.decom end)
            as entered_care_date,
        min(case when episode.ls in ('E1', 'D1') then episode.decom end) as placement_order_date,
        min(case when episode.place in ('A3', 'A4', 'A5', 'A6') then episode.decom end)
            as placed_date
    from adopted
    inner join episodes as episode
        on
            adopted.la_code = episode.la_code
            and adopted.time_period = episode.time_period
            and adopted.child = episode.child
            and adopted.period_of_care_number = episode.period_of_care_number
    where adopted.adoption_number = 1
    group by adopted.la_code, adopted.time_period, adopted.child

),

ad1 as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by _source_file asc, _source_row asc
        ) as copy_number
    from {{ ref('ssda903__ad1') }}
    where child is not null

),

placements as (

    select * from {{ ref('analytics__placements') }}

),

journeys as (

    select
        adopted.la_code,
        adopted.collection_year,
        adopted.time_period,
        adopted.child,
        adopted.rec,
        period_dates.entered_care_date,
        ad1.date_int as decision_date,
        period_dates.placement_order_date,
        ad1.date_match as match_date,
        period_dates.placed_date,
        adopted.adoption_order_date,
        ad1.foster_care,
        case
            when ad1.foster_care = '1'
                then coalesce(placement.placement_start, period_dates.placed_date)
            else period_dates.placed_date
        end as a10_end_date
    from adopted
    inner join period_dates
        on
            adopted.la_code = period_dates.la_code
            and adopted.time_period = period_dates.time_period
            and adopted.child = period_dates.child
    left join ad1
        on
            adopted.la_code = ad1.la_code
            and adopted.collection_year = ad1.collection_year
            and adopted.child = ad1.child
            and ad1.copy_number = 1
    left join placements as placement
        on
            adopted.la_code = placement.la_code
            and adopted.time_period = placement.time_period
            and adopted.child = placement.child
            and period_dates.placed_date >= placement.placement_start
            and (
                placement.placement_end is null
                or period_dates.placed_date < placement.placement_end
            )
    where adopted.adoption_number = 1

)

select
    journeys.la_code,
    journeys.collection_year,
    journeys.time_period,
    journeys.child,
    journeys.rec,
    children.dob,
    {{ age_in_years('children.dob', 'journeys.entered_care_date') }} as age_at_entry,
    journeys.entered_care_date,
    journeys.decision_date,
    journeys.placement_order_date,
    journeys.match_date,
    journeys.placed_date,
    journeys.adoption_order_date,
    journeys.foster_care,
    journeys.a10_end_date,
    {{ dbt.datediff('journeys.entered_care_date', 'journeys.decision_date', 'day') }}
        as entry_to_decision_days,
    {{ dbt.datediff('journeys.decision_date', 'journeys.match_date', 'day') }}
        as decision_to_match_days,
    {{ dbt.datediff('journeys.match_date', 'journeys.placed_date', 'day') }}
        as match_to_placed_days,
    {{ dbt.datediff('journeys.entered_care_date', 'journeys.placed_date', 'day') }}
        as entry_to_placed_days,
    {{ dbt.datediff('journeys.placed_date', 'journeys.adoption_order_date', 'day') }}
        as placed_to_order_days,
    {{ dbt.datediff('journeys.entered_care_date', 'journeys.adoption_order_date', 'day') }}
        as entry_to_order_days,
    {{ dbt.datediff('journeys.entered_care_date', 'journeys.placed_date', 'day') }}
        as a1_days,
    case
        when
            journeys.placement_order_date is not null
            and journeys.placed_date < journeys.adoption_order_date
            and journeys.match_date is not null
            then greatest({{ order_to_match_days }}, 0)
    end as a2_days,
    {{ dbt.datediff('journeys.entered_care_date', 'journeys.a10_end_date', 'day') }}
        as a10_days,
    journeys.placed_date
    <= cast({{ dbt.dateadd('month', 12, 'journeys.decision_date') }} as date)
        as placed_within_12_months_of_decision
from journeys
left join {{ ref('analytics__children') }} as children
    on
        journeys.la_code = children.la_code
        and journeys.time_period = children.time_period
        and journeys.child = children.child
