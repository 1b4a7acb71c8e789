-- Every episode of care a council's measures for a year may read, as that year's return sees
-- the child's history: one row per council, time period (the return's end year), child and
-- start date (DECOM). The return of the year gives every episode open during the year; earlier
-- returns of the same council add, for each child with an episode in the year's return, the
-- episodes that had ended before the year began (the latest earlier return's version of each),
-- so a placement or period of care that began years ago has its real start. A child the year's
-- return does not hold has no rows in that year: every measure of the year is about children
-- looked after in it. Nothing is read from a later return: a year's figures are the ones DfE
-- would publish from that year's return.
-- Rows with a blank CHILD or a DECOM that does not parse are left out; should a return hold the
-- same child and DECOM twice, the first row in file order is kept. The placement fields DfE
-- derives from postcodes (PL_LA, PL_LOCATION, PL_DISTANCE) come with each row.
-- Short breaks (LS V3, V4) are kept and flagged: DfE leaves them out of every measure, and a
-- measure drops them with is_short_break.
-- A period of care is a run of episodes each of which began the day the one before ended with
-- REC X1; any other reason, or a gap, starts a new period.
with

returned as (

    select
        la_code,
        collection_year,
        {{ collection_start_year() }} + 1 as time_period,
        child,
        decom,
        dec,
        rne,
        ls,
        cin,
        place,
        place_provider,
        rec,
        reason_place_change,
        urn,
        pl_la,
        pl_location,
        pl_distance,
        _source_file,
        _source_row
    from {{ ref('int_ssda903__placement_la') }}
    where child is not null and decom is not null

),

-- The second and later copies of a child and DECOM in one return, by file order. Copies are
-- rare: the window reads only the keys that repeat, and the copies are left out by a join.
repeated_keys as (

    select
        la_code,
        collection_year,
        child,
        decom
    from returned
    group by la_code, collection_year, child, decom
    having count(*) > 1

),

later_copies as (

    select
        la_code,
        collection_year,
        _source_file,
        _source_row
    from (
        select
            returned.la_code,
            returned.collection_year,
            returned._source_file,
            returned._source_row,
            row_number() over (
                partition by
                    returned.la_code, returned.collection_year, returned.child, returned.decom
                order by returned._source_file asc, returned._source_row asc
            ) as copy_number
        from returned
        inner join repeated_keys
            on
                returned.la_code = repeated_keys.la_code
                and returned.collection_year = repeated_keys.collection_year
                and returned.child = repeated_keys.child
                and returned.decom = repeated_keys.decom
    ) as copies
    where copy_number > 1

),

episodes as (

    select
        returned.la_code,
        returned.collection_year,
        returned.time_period,
        returned.child,
        returned.decom,
        returned.dec,
        returned.rne,
        returned.ls,
        returned.cin,
        returned.place,
        returned.place_provider,
        returned.rec,
        returned.reason_place_change,
        returned.urn,
        returned.pl_la,
        returned.pl_location,
        returned.pl_distance
    from returned
    left join later_copies
        on
            returned.la_code = later_copies.la_code
            and returned.collection_year = later_copies.collection_year
            and returned._source_file = later_copies._source_file
            and returned._source_row = later_copies._source_row
    where later_copies.la_code is null

),

return_children as (

    select distinct
        la_code,
        collection_year,
        time_period,
        {{ collection_start() }} as year_start,
        child
    from episodes

),

-- Episodes of the year's children in earlier returns that had ended before the year began and
-- that the year's return does not hold, from the latest earlier return that has them.
earlier as (

    select
        return_children.la_code,
        return_children.collection_year,
        return_children.time_period,
        earlier_episode.child,
        earlier_episode.decom,
        earlier_episode.dec,
        earlier_episode.rne,
        earlier_episode.ls,
        earlier_episode.cin,
        earlier_episode.place,
        earlier_episode.place_provider,
        earlier_episode.rec,
        earlier_episode.reason_place_change,
        earlier_episode.urn,
        earlier_episode.pl_la,
        earlier_episode.pl_location,
        earlier_episode.pl_distance,
        earlier_episode.collection_year as from_collection_year,
        row_number() over (
            partition by
                return_children.la_code,
                return_children.time_period,
                earlier_episode.child,
                earlier_episode.decom
            order by earlier_episode.time_period desc
        ) as version_number
    from return_children
    inner join episodes as earlier_episode
        on
            return_children.la_code = earlier_episode.la_code
            and return_children.child = earlier_episode.child
            and return_children.time_period > earlier_episode.time_period
            and return_children.year_start > earlier_episode.dec
    left join episodes as this_return
        on
            return_children.la_code = this_return.la_code
            and return_children.collection_year = this_return.collection_year
            and earlier_episode.child = this_return.child
            and earlier_episode.decom = this_return.decom
    where this_return.child is null

),

history as (

    select
        la_code,
        collection_year,
        time_period,
        child,
        decom,
        dec,
        rne,
        ls,
        cin,
        place,
        place_provider,
        rec,
        reason_place_change,
        urn,
        pl_la,
        pl_location,
        pl_distance,
        collection_year as from_collection_year
    from episodes
    union all
    select
        la_code,
        collection_year,
        time_period,
        child,
        decom,
        dec,
        rne,
        ls,
        cin,
        place,
        place_provider,
        rec,
        reason_place_change,
        urn,
        pl_la,
        pl_location,
        pl_distance,
        from_collection_year
    from earlier
    where version_number = 1

),

-- The windows read the keys, dates and REC alone; the rest of each row is joined back at the end.
ordered as (

    select
        la_code,
        time_period,
        child,
        decom,
        row_number() over child_order as episode_number,
        case
            when row_number() over child_order = 1 then true
            when coalesce(lag(rec) over child_order, '') != 'X1' then true
            when decom > lag(dec) over child_order then true
            else false
        end as starts_period_of_care
    from history
    window child_order as (
        partition by la_code, time_period, child
        order by decom asc
    )

),

-- A period's number counts the period starts so far; its start is the latest of them (DECOM
-- ascends within a child, and a child's DECOMs are distinct).
periods as (

    select
        la_code,
        time_period,
        child,
        decom,
        episode_number,
        starts_period_of_care,
        sum(case when starts_period_of_care then 1 else 0 end) over child_so_far
            as period_of_care_number,
        max(case when starts_period_of_care then decom end) over child_so_far
            as period_of_care_start
    from ordered
    window child_so_far as (
        partition by la_code, time_period, child
        order by decom asc
        rows between unbounded preceding and current row
    )

)

select
    history.la_code,
    history.collection_year,
    history.time_period,
    history.child,
    periods.episode_number,
    periods.period_of_care_number,
    periods.starts_period_of_care,
    periods.period_of_care_start,
    history.decom,
    history.dec,
    history.rne,
    history.ls,
    history.cin,
    history.place,
    history.place_provider,
    history.rec,
    history.reason_place_change,
    history.urn,
    history.pl_la,
    history.pl_location,
    history.pl_distance,
    history.ls in ('V3', 'V4') as is_short_break,
    history.from_collection_year
from history
inner join periods
    on
        history.la_code = periods.la_code
        and history.time_period = periods.time_period
        and history.child = periods.child
        and history.decom = periods.decom
