-- Each period of care a council's return for a year sees, with the child's earlier periods from
-- earlier returns (analytics__care_episodes): one row per council, time period, child and
-- period. DfE's period of care is a run of episodes each beginning the day the one before ended
-- with REC X1; any other reason ends the period. The row gives the period's start (DECOM of its
-- first episode), its end (DEC of its last episode; null while open at 31 March), the first
-- episode's reason for new episode, legal status, category of need and placement, the last
-- episode's reason ceased, and the number of episodes.
-- Short breaks (LS V3, V4): a period made only of short breaks is kept and flagged
-- (is_short_break_only), as DfE's measures leave it out; a period mixing short breaks and other
-- care keeps all its episodes and counts its short-break ones.
with

episodes as (

    select * from {{ ref('analytics__care_episodes') }}

),

first_episodes as (

    select * from episodes
    where starts_period_of_care

),

counts as (

    select
        la_code,
        time_period,
        child,
        period_of_care_number,
        max(decom) as last_decom,
        count(*) as episode_count,
        sum(case when is_short_break then 1 else 0 end) as short_break_episode_count
    from episodes
    group by la_code, time_period, child, period_of_care_number

),

-- A child's DECOMs are distinct within a time period, so the latest is the period's last episode.
last_episodes as (

    select
        episodes.la_code,
        episodes.time_period,
        episodes.child,
        episodes.period_of_care_number,
        episodes.dec,
        episodes.rec
    from episodes
    inner join counts
        on
            episodes.la_code = counts.la_code
            and episodes.time_period = counts.time_period
            and episodes.child = counts.child
            and episodes.decom = counts.last_decom

)

select
    first_episodes.la_code,
    first_episodes.collection_year,
    first_episodes.time_period,
    first_episodes.child,
    first_episodes.period_of_care_number,
    first_episodes.decom as period_start,
    last_episodes.dec as period_end,
    last_episodes.dec is null as is_open,
    first_episodes.decom >= {{ collection_start('first_episodes.collection_year') }}
    and first_episodes.decom <= {{ collection_end('first_episodes.collection_year') }}
        as started_in_year,
    coalesce(
        last_episodes.dec >= {{ collection_start('first_episodes.collection_year') }}
        and last_episodes.dec <= {{ collection_end('first_episodes.collection_year') }},
        false
    ) as ended_in_year,
    first_episodes.rne as first_rne,
    first_episodes.ls as first_ls,
    first_episodes.cin as first_cin,
    first_episodes.place as first_place,
    last_episodes.rec as last_rec,
    counts.episode_count,
    counts.short_break_episode_count,
    counts.short_break_episode_count = counts.episode_count as is_short_break_only
from first_episodes
inner join last_episodes
    on
        first_episodes.la_code = last_episodes.la_code
        and first_episodes.time_period = last_episodes.time_period
        and first_episodes.child = last_episodes.child
        and first_episodes.period_of_care_number = last_episodes.period_of_care_number
inner join counts
    on
        first_episodes.la_code = counts.la_code
        and first_episodes.time_period = counts.time_period
        and first_episodes.child = counts.child
        and first_episodes.period_of_care_number = counts.period_of_care_number
