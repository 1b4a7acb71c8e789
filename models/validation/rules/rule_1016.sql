-- 1016: a young person whose 17th or 18th birthday falls in the collection year (from the
-- Header's DOB, int_validation__cohorts) and who ceased to be looked after on or after that
-- birthday (the child's latest episode of the year, in DfE's order, has an end date on or after
-- it) has care leaver information: any of IN_TOUCH, ACTIV, ACCOM given. An end date that does
-- not parse is no end date.
with

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

cohort as (

    select * from {{ ref('int_validation__cohorts') }}
    where care_leaver_age in (17, 18)

),

latest_episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where episode_number = episodes_of_child

),

failing as (

    select oc3.* from oc3
    inner join cohort
        on
            oc3.la_code = cohort.la_code
            and oc3.collection_year = cohort.collection_year
            and oc3.child = cohort.child
    inner join latest_episodes
        on
            oc3.la_code = latest_episodes.la_code
            and oc3.collection_year = latest_episodes.collection_year
            and oc3.child = latest_episodes.child
    where
        latest_episodes.dec >= cohort.care_leaver_birthday
        and {{ any_given('oc3', care_leaver_items()) }}

)

select
    {{ rule_failures('1016', 'OC3', values=labelled(care_leaver_items())) }}
from failing
