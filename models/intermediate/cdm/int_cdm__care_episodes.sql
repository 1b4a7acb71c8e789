-- Every 903 care episode of every child, once, across all landed returns: the copy from the
-- newest return wins (an open episode is re-reported, closed, the following year). Episodes whose
-- start date does not parse cannot be placed in a history and stay only in the marts.
-- Each episode is numbered within its period of care: a period starts with an episode whose
-- reason for new episode is S, or whose predecessor did not cease with X1 on the day it began.
with

episodes as (

    select * from {{ ref('stg_ssda903__episodes') }}
    where child is not null and decom is not null

),

ranked as (

    select
        episodes.*,
        {{ latest_record_rank(['la_code', 'child', 'decom']) }} as recency
    from episodes

),

deduplicated as (

    select
        la_code,
        child as child_id,
        decom as started_on,
        dec as ended_on,
        rne as reason_new_episode_code,
        ls as legal_status_code,
        cin as category_of_need_code,
        place as placement_type_code,
        place_provider as placement_provider_code,
        rec as reason_ceased_code,
        reason_place_change as reason_placement_change_code,
        home_post as home_postcode,
        pl_post as placement_postcode,
        urn as provider_urn,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

),

flagged as (

    select
        deduplicated.*,
        case
            when deduplicated.reason_new_episode_code = 'S' then 1
            when
                lag(deduplicated.reason_ceased_code)
                    over (
                        partition by deduplicated.la_code, deduplicated.child_id
                        order by deduplicated.started_on
                    )
                = 'X1'
                and lag(deduplicated.ended_on)
                    over (
                        partition by deduplicated.la_code, deduplicated.child_id
                        order by deduplicated.started_on
                    )
                = deduplicated.started_on
                then 0
            else 1
        end as starts_period_of_care
    from deduplicated

),

care_episodes as (

    select
        flagged.*,
        sum(flagged.starts_period_of_care) over (
            partition by flagged.la_code, flagged.child_id
            order by flagged.started_on
            rows between unbounded preceding and current row
        ) as period_of_care_number
    from flagged

)

select * from care_episodes
