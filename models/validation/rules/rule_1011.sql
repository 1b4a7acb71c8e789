-- 1011: a young person whose final episode (the latest of the year whose start date parses)
-- ended with REC E3 (care transferred to another LA) has care leaver information: any of
-- IN_TOUCH, ACTIV, ACCOM given.
with

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

dated_episodes as (

    select
        *,
        max(episode_number) over (partition by la_code, collection_year, child)
            as latest_dated_episode
    from {{ ref('int_validation__episode_sequence') }}
    where decom is not null

),

transferred as (

    select
        la_code,
        collection_year,
        child
    from dated_episodes
    where episode_number = latest_dated_episode and rec = 'E3'

),

failing as (

    select oc3.* from oc3
    inner join transferred
        on
            oc3.la_code = transferred.la_code
            and oc3.collection_year = transferred.collection_year
            and oc3.child = transferred.child
    where {{ any_given('oc3', care_leaver_items()) }}

)

select
    {{ rule_failures('1011', 'OC3', values=labelled(care_leaver_items())) }}
from failing
