-- 554: the decision that the child should be placed for adoption (DATE_PLACED) must be on or
-- before the placement order was granted: the start (DECOM) of the first episode with LS E1 in
-- the period of care of the child's first E1 episode this year (by start date; episodes whose
-- start date does not parse are left out). DfE warns that a single year gives false results
-- when the order was granted in an earlier year, so the period of care is read from every
-- earlier return of the council the warehouse holds (int_validation__history_scope): an
-- episode in several returns counts once, as the latest of them reports it, and a period of
-- care ends at an episode that ceased with a REC other than X1. Each record dated after the
-- order's start fails, with this year's first E1 episode.
with

scope as (

    select * from {{ ref('int_validation__history_scope') }}

),

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where decom is not null

),

-- Every episode each return may read: its own and those of the earlier returns in its scope.
history as (

    select
        scope.la_code,
        scope.collection_year,
        scope.judged_on,
        episodes.collection_year as return_year,
        episodes.child,
        episodes.decom,
        episodes.ls,
        episodes.rec,
        episodes.episode_number,
        max({{ collection_start_year('episodes.collection_year') }}) over (
            partition by scope.la_code, scope.collection_year, episodes.child, episodes.decom
        ) as latest_return_start_year
    from scope
    inner join episodes
        on
            scope.la_code = episodes.la_code
            and {{ collection_start_year('episodes.collection_year') }}
            between scope.history_start_year
            and {{ collection_start_year('scope.collection_year') }}

),

in_order as (

    select
        *,
        lag(rec) over child_history as previous_rec,
        row_number() over child_history as position_in_history
    from history
    where {{ collection_start_year('return_year') }} = latest_return_start_year
    window child_history as (
        partition by la_code, collection_year, child
        order by decom asc, return_year asc, episode_number asc
    )

),

periods as (

    select
        *,
        sum(
            case when position_in_history = 1 or previous_rec != 'X1' then 1 else 0 end
        ) over (
            partition by la_code, collection_year, child
            order by position_in_history
            rows between unbounded preceding and current row
        ) as period_of_care
    from in_order

),

placement_order_starts as (

    select
        la_code,
        collection_year,
        child,
        period_of_care,
        min(decom) as order_decom
    from periods
    where ls = 'E1'
    group by la_code, collection_year, child, period_of_care

),

-- This year's first E1 episode of each child, with the start of its period's placement order.
first_this_year as (

    select
        periods.la_code,
        periods.collection_year,
        periods.child,
        periods.episode_number,
        periods.judged_on,
        placement_order_starts.order_decom,
        row_number() over (
            partition by periods.la_code, periods.collection_year, periods.child
            order by periods.decom asc, periods.episode_number asc
        ) as position_this_year
    from periods
    inner join placement_order_starts
        on
            periods.la_code = placement_order_starts.la_code
            and periods.collection_year = placement_order_starts.collection_year
            and periods.child = placement_order_starts.child
            and periods.period_of_care = placement_order_starts.period_of_care
    where
        periods.ls = 'E1'
        and periods.return_year = periods.collection_year

),

placement_orders as (

    select * from first_this_year
    where position_this_year = 1

),

failing_placed_adoption as (

    select
        placed_adoption.*,
        placement_orders.judged_on
    from {{ ref('ssda903__placed_adoption') }} as placed_adoption
    inner join placement_orders
        on {{ same_child('placed_adoption', 'placement_orders') }}
    where placed_adoption.date_placed > placement_orders.order_decom

),

failing_episodes as (

    select
        episodes.*,
        placement_orders.judged_on
    from episodes
    inner join placement_orders
        on
            {{ same_child('episodes', 'placement_orders') }}
            and episodes.episode_number = placement_orders.episode_number
    where
        exists (
            select 1 from failing_placed_adoption
            where {{ same_child('failing_placed_adoption', 'episodes') }}
        )

)

select
    {{ rule_failures(
        '554', 'PlacedAdoption', locator='date_placed_text',
        values={'DATE_PLACED': 'date_placed_text'}, judged_on='judged_on'
    ) }}
from failing_placed_adoption

union all

select
    {{ rule_failures(
        '554', 'Episodes', locator='decom_text',
        values={'DECOM': 'decom_text', 'LS': 'ls'}, judged_on='judged_on'
    ) }}
from failing_episodes
