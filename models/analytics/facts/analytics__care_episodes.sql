-- Every episode of care a council's measures for a year may read, as that year's return sees
-- the child's history: one row per council, time period (the return's end year), child and
-- start date (DECOM). The return of the year gives every episode open during the year; earlier
-- returns of the same council add the episodes that had ended before the year began (the
-- latest earlier return's version of each), so a placement or period of care that began years
-- ago has its real start. Nothing is read from a later return: a year's figures are the ones
-- DfE would publish from that year's return.
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
        row_number() over (
            partition by la_code, collection_year, child, decom
            order by _source_file asc, _source_row asc
        ) as copy_number
    from {{ ref('int_ssda903__placement_la') }}
    where child is not null and decom is not null

),

episodes as (

    select * from returned
    where copy_number = 1

),

return_years as (

    select distinct
        la_code,
        collection_year,
        time_period,
        {{ collection_start() }} as year_start
    from episodes

),

-- Episodes of earlier returns that had ended before the year began and that the year's return
-- does not hold, from the latest earlier return that has them.
earlier as (

    select
        return_years.la_code,
        return_years.collection_year,
        return_years.time_period,
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
                return_years.la_code,
                return_years.time_period,
                earlier_episode.child,
                earlier_episode.decom
            order by earlier_episode.time_period desc
        ) as version_number
    from return_years
    inner join episodes as earlier_episode
        on
            return_years.la_code = earlier_episode.la_code
            and return_years.time_period > earlier_episode.time_period
            and return_years.year_start > earlier_episode.dec
    left join episodes as this_return
        on
            return_years.la_code = this_return.la_code
            and return_years.collection_year = this_return.collection_year
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

ordered as (

    select
        *,
        row_number() over child_order as episode_number,
        lag(dec) over child_order as previous_dec,
        lag(rec) over child_order as previous_rec
    from history
    window child_order as (
        partition by la_code, time_period, child
        order by decom asc
    )

),

numbered as (

    select
        *,
        case
            when episode_number = 1 then true
            when coalesce(previous_rec, '') != 'X1' then true
            when decom > previous_dec then true
            else false
        end as starts_period_of_care
    from ordered

),

periods as (

    select
        *,
        sum(case when starts_period_of_care then 1 else 0 end) over (
            partition by la_code, time_period, child
            order by episode_number
            rows between unbounded preceding and current row
        ) as period_of_care_number
    from numbered

)

select
    la_code,
    collection_year,
    time_period,
    child,
    episode_number,
    period_of_care_number,
    starts_period_of_care,
    min(decom) over (
        partition by la_code, time_period, child, period_of_care_number
    ) as period_of_care_start,
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
    ls in ('V3', 'V4') as is_short_break,
    from_collection_year
from periods
