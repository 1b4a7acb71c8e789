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

-- A period's episodes in DECOM order (a child's DECOMs are distinct within a time period): its
-- first episode gives the start and what began it, its last the end and the reason ceased.
periods as (

    select
        la_code,
        collection_year,
        time_period,
        child,
        period_of_care_number,
        min(decom) as period_start,
        {{ value_at_last('dec', 'decom') }} as period_end,
        {{ value_at_first('rne', 'decom') }} as first_rne,
        {{ value_at_first('ls', 'decom') }} as first_ls,
        {{ value_at_first('cin', 'decom') }} as first_cin,
        {{ value_at_first('place', 'decom') }} as first_place,
        {{ value_at_last('rec', 'decom') }} as last_rec,
        count(*) as episode_count,
        sum(case when is_short_break then 1 else 0 end) as short_break_episode_count
    from {{ ref('analytics__care_episodes') }}
    group by la_code, collection_year, time_period, child, period_of_care_number

)

select
    la_code,
    collection_year,
    time_period,
    child,
    period_of_care_number,
    period_start,
    period_end,
    period_end is null as is_open,
    period_start >= {{ collection_start() }}
    and period_start <= {{ collection_end() }}
        as started_in_year,
    coalesce(
        period_end >= {{ collection_start() }}
        and period_end <= {{ collection_end() }},
        false
    ) as ended_in_year,
    first_rne,
    first_ls,
    first_cin,
    first_place,
    last_rec,
    episode_count,
    short_break_episode_count,
    short_break_episode_count = episode_count as is_short_break_only
from periods
