-- Placement spells by DfE's placement-counting rule (analytics-measures.md §3.5), one row per
-- council, time period, child and placement, from the episodes a year's return sees
-- (analytics__care_episodes, short breaks left out as DfE leaves them out of every measure).
-- - A placement begins at the first episode of a period of care and at every episode whose RNE
--   is S, P, B, T or U (the set DfE's rule 225 treats as a placement change). RNE L (legal
--   status changed only) continues the placement.
-- - Temporary placements (PLACE T0 to T4) are not placements: they neither start nor end one.
--   An episode that follows a temporary placement in the same period of care and returns the
--   child to the placement held before it (same PLACE, provider, URN, PL_LA and distance)
--   continues that placement (DfE asks for no reason for placement change for a temporary
--   move, rule 226, and counts the return as no new placement).
-- - A move into placed for adoption with the current foster carers (PLACE A3 or A5, directly
--   after a foster placement U1 to U6 in the same period of care) is not a new placement
--   (LAIT #372), so such a placement's start is the day the child moved in with the carers as
--   foster carers.
-- - A placement of under 24 hours is left out. Only dates are returned, so DfE's "24 hours or
--   more" is read as: a placement that ends on the day it starts is under 24 hours; one that
--   ends the next day or later counts.
-- A placement is described by the episode that began it (PLACE, provider, location, distance);
-- reason_place_change is the REASON_PLACE_CHANGE of its last episode, where the placement ended
-- in a move (REC X1) rather than the end of the period of care.
with

episodes as (

    select
        *,
        coalesce(place in ('T0', 'T1', 'T2', 'T3', 'T4'), false) as is_temporary
    from {{ ref('analytics__care_episodes') }}
    where not is_short_break

),

-- What the placement-counting rule reads of each episode. The windows below read these columns
-- alone; the rest of each placement's description is joined back at the end.
keyed as (

    select
        la_code,
        time_period,
        child,
        period_of_care_number,
        decom,
        dec,
        rne,
        place,
        rec,
        is_temporary,
        -- The placement the episode is with, as one value to compare with the one held before
        -- a temporary move.
        concat(
            coalesce(place, ''), '|',
            coalesce(place_provider, ''), '|',
            coalesce(urn, ''), '|',
            coalesce(pl_la, ''), '|',
            coalesce(cast(pl_distance as {{ dbt.type_string() }}), '')
        ) as placement_identity
    from episodes

),

-- Each episode beside the episode before it in the same period of care.
with_previous as (

    select
        *,
        lag(is_temporary) over child_order as previous_is_temporary,
        lag(place) over child_order as previous_place
    from keyed
    window child_order as (
        partition by la_code, time_period, child, period_of_care_number
        order by decom asc
    )

),

-- Each non-temporary episode beside the last non-temporary episode before it.
settled_previous as (

    select
        *,
        lag(placement_identity) over settled_order as settled_identity,
        row_number() over settled_order as settled_number
    from with_previous
    where not is_temporary
    window settled_order as (
        partition by la_code, time_period, child, period_of_care_number
        order by decom asc
    )

),

flagged as (

    select
        *,
        case
            when settled_number = 1 then true
            when coalesce(rne, '') not in ('S', 'P', 'B', 'T', 'U') then false
            when
                place in ('A3', 'A5')
                and coalesce(previous_place in ('U1', 'U2', 'U3', 'U4', 'U5', 'U6'), false)
                then false
            when
                coalesce(previous_is_temporary, false)
                and place is not null
                and coalesce(placement_identity = settled_identity, false)
                then false
            else true
        end as starts_placement
    from settled_previous

),

spell_numbered as (

    select
        la_code,
        time_period,
        child,
        period_of_care_number,
        decom,
        dec,
        starts_placement,
        sum(case when starts_placement then 1 else 0 end) over (
            partition by la_code, time_period, child, period_of_care_number
            order by decom asc
            rows between unbounded preceding and current row
        ) as spell_in_period
    from flagged

),

-- Each placement: its first episode's start, and its last episode's start and end (a child's
-- DECOMs are distinct within a time period, and each spell begins with the episode that starts
-- the placement).
spells as (

    select
        la_code,
        time_period,
        child,
        min(decom) as placement_start,
        max(decom) as last_episode_start,
        sum(case when dec is null then 1 else 0 end) > 0 as is_open,
        case
            when sum(case when dec is null then 1 else 0 end) = 0
                then {{ value_at_last('dec', 'decom') }}
        end as placement_end
    from spell_numbered
    group by la_code, time_period, child, period_of_care_number, spell_in_period

),

-- Placements of 24 hours or more, numbered over the child's history.
counted as (

    select
        *,
        row_number() over (
            partition by la_code, time_period, child
            order by placement_start asc
        ) as placement_number
    from spells
    where placement_end is null or placement_end > placement_start

),

-- A placement as its first episode describes it; the reason for a move from its last episode.
described as (

    select
        first_episode.la_code,
        first_episode.collection_year,
        first_episode.time_period,
        first_episode.child,
        counted.placement_number,
        first_episode.period_of_care_number,
        first_episode.period_of_care_start,
        counted.placement_start,
        counted.placement_end,
        first_episode.rne,
        first_episode.place,
        first_episode.place_provider,
        first_episode.urn,
        first_episode.pl_la,
        first_episode.pl_location,
        first_episode.pl_distance,
        last_episode.rec as last_rec,
        case
            when last_episode.rec = 'X1' and not counted.is_open
                then last_episode.reason_place_change
        end as reason_place_change
    from counted
    inner join episodes as first_episode
        on
            counted.la_code = first_episode.la_code
            and counted.time_period = first_episode.time_period
            and counted.child = first_episode.child
            and counted.placement_start = first_episode.decom
    inner join episodes as last_episode
        on
            counted.la_code = last_episode.la_code
            and counted.time_period = last_episode.time_period
            and counted.child = last_episode.child
            and counted.last_episode_start = last_episode.decom

),

groupings as (

    select * from {{ ref('measure_groupings') }}

)

select
    described.la_code,
    described.collection_year,
    described.time_period,
    described.child,
    described.placement_number,
    described.period_of_care_number,
    described.period_of_care_start,
    described.placement_start,
    described.placement_end,
    described.rne,
    described.place,
    coalesce(placement.label, 'Other placements') as placement_group,
    described.place_provider,
    described.urn,
    described.pl_la,
    described.pl_location,
    described.pl_distance,
    {{ distance_band('described.pl_distance') }} as distance_band,
    coalesce(locality_distance.label, 'Locality not known') as locality_distance,
    described.last_rec,
    described.reason_place_change
from described
left join groupings as placement
    on placement.topic = 'placement' and described.place = placement.code
left join groupings as locality
    on
        locality.topic = 'locality'
        and coalesce(described.pl_location, 'none') = locality.code
left join groupings as distance
    on distance.topic = 'distance' and {{ distance_band('described.pl_distance') }} = distance.label
left join groupings as locality_distance
    on
        locality_distance.topic = 'locality_distance'
        and locality_distance.code = case
            when locality.code is null or locality.code = 'none' then 'none'
            else concat(locality.code, '|', distance.code)
        end
