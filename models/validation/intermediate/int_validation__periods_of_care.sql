{{ config(materialized='table') }}

-- Each child's periods of care per LA and collection year, from the Episodes whose start date
-- (DECOM) parses, in start-date order (then file order): an episode opens a new period when it
-- is the child's first or starts after the previous episode's end date (DEC); otherwise it
-- carries the period on. A period starts at its first episode's DECOM and ends at its last
-- episode's DEC: it is open when that DEC is blank or does not parse.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where decom is not null and child is not null

),

ordered as (

    select
        la_code,
        collection_year,
        child,
        decom,
        dec,
        row_number() over child_order as episode_number,
        lag(dec) over child_order as previous_dec
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc, _source_file asc, _source_row asc
    )

),

numbered as (

    select
        *,
        sum(case when episode_number = 1 or decom > previous_dec then 1 else 0 end) over (
            partition by la_code, collection_year, child
            order by episode_number
            rows between unbounded preceding and current row
        ) as period_number
    from ordered

),

bounds as (

    select
        la_code,
        collection_year,
        child,
        period_number,
        min(decom) as period_start,
        max(episode_number) as last_episode_number
    from numbered
    group by la_code, collection_year, child, period_number

)

select
    bounds.la_code,
    bounds.collection_year,
    bounds.child,
    bounds.period_number,
    bounds.period_start,
    last_episode.dec as period_end,
    last_episode.dec is null as is_open
from bounds
inner join numbered as last_episode
    on
        bounds.la_code = last_episode.la_code
        and bounds.collection_year = last_episode.collection_year
        and bounds.child = last_episode.child
        and bounds.last_episode_number = last_episode.episode_number
