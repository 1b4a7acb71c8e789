-- 1010: a young person with care leaver information (an OC3 row) has no episode in this year's
-- return although the latest episode (by start date; start dates that do not parse left out)
-- in last year's return of the same council had no end date (DEC blank): the care that was
-- open at last year's end is missing.
with

oc3 as (

    select
        *,
        {{ previous_collection_year() }} as previous_collection_year
    from {{ ref('ssda903__oc3') }}

),

dated_episodes as (

    select
        *,
        max(episode_number) over (partition by la_code, collection_year, child)
            as latest_dated_episode
    from {{ ref('int_validation__episode_sequence') }}
    where decom is not null

),

open_at_year_end as (

    select
        la_code,
        collection_year,
        child
    from dated_episodes
    where episode_number = latest_dated_episode and dec_text is null

),

this_year_children as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__episodes') }}

),

failing as (

    select oc3.* from oc3
    inner join open_at_year_end as still_open
        on
            oc3.la_code = still_open.la_code
            and oc3.previous_collection_year = still_open.collection_year
            and oc3.child = still_open.child
    left join this_year_children
        on
            oc3.la_code = this_year_children.la_code
            and oc3.collection_year = this_year_children.collection_year
            and oc3.child = this_year_children.child
    where this_year_children.child is null

)

select
    {{ rule_failures(
        '1010', 'OC3', values=labelled(care_leaver_items()), judged_on="'two_years'"
    ) }}
from failing
