-- DfE's care-leaver cohorts (analytics-measures.md §3.9), one row per council, time period and
-- young person in the year's OC3 table whose 17th, 18th, 19th, 20th or 21st birthday falls in
-- the year (int_validation__cohorts, the cohort DfE's rules use): cohort 17-18 or 19-21. The
-- information describes the young person around that birthday.
-- Left out, as DfE leaves them out: IN_TOUCH DIED (died) and RHOM (back home six months or
-- more), and, in the 17-18 cohort, a young person still looked after on the birthday (DfE
-- counts relevant young people who are not still looked after). A young person whose care was
-- transferred to another LA cannot be seen in a council's return and is not returned in its
-- OC3 table. Short-break-only care makes no care leaver: the OC3 table holds none.
-- Young people not in touch (NO), refusing contact (REFU) or no longer needing services (NREQ)
-- stay in the cohort, with their activity and accommodation as returned (usually 0, not known).
-- Activity and accommodation groups come from measure_groupings: EET is any F or P activity,
-- NEET G4 to G6, higher education F1 and P1, not known 0; accommodation is suitable when ACCOM
-- ends in 1, and gone abroad (G), deported (H) and residence not known (R) leave the
-- suitability denominator. Should the OC3 table repeat a young person, the first row in file
-- order is kept.
with

oc3 as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by _source_file asc, _source_row asc
        ) as copy_number
    from {{ ref('ssda903__oc3') }}
    where child is not null

),

cohort as (

    select * from {{ ref('int_validation__cohorts') }}
    where care_leaver_age between 17 and 21

),

groupings as (

    select * from {{ ref('measure_groupings') }}

),

care_leavers as (

    select
        cohort.la_code,
        cohort.collection_year,
        {{ collection_start_year('cohort.collection_year') }} + 1 as time_period,
        cohort.child,
        cohort.dob,
        cohort.care_leaver_age,
        cohort.care_leaver_birthday,
        case when cohort.care_leaver_age <= 18 then '17-18' else '19-21' end as cohort,
        oc3.in_touch,
        oc3.activ,
        oc3.accom
    from cohort
    inner join oc3
        on
            cohort.la_code = oc3.la_code
            and cohort.collection_year = oc3.collection_year
            and cohort.child = oc3.child
    where
        oc3.copy_number = 1
        and coalesce(oc3.in_touch, '') not in ('DIED', 'RHOM')
        and not (
            cohort.care_leaver_age <= 18
            and coalesce(cohort.looked_after_on_care_leaver_birthday, false)
        )

)

select
    care_leavers.*,
    coalesce(activity.label, 'Information not known') as activity,
    coalesce(activity_group.label, 'Information not known') as activity_group,
    coalesce(activity_group.sort_order = 1, false) as is_eet,
    coalesce(activity_group.sort_order = 2, false) as is_neet,
    coalesce(activity.sort_order = 1, false) as is_higher_education,
    coalesce(activity_group.sort_order = 3, true) as is_activity_not_known,
    coalesce(suitability.label, 'Information not known') as accommodation_suitability,
    coalesce(suitability.sort_order != 4, true) as in_suitability_denominator,
    coalesce(suitability.sort_order = 1, false) as is_suitable_accommodation,
    coalesce(care_leavers.in_touch = 'YES', false) as is_in_touch
from care_leavers
left join groupings as activity
    on activity.topic = 'care_leaver_activity' and care_leavers.activ = activity.code
left join groupings as activity_group
    on
        activity_group.topic = 'care_leaver_activity_group'
        and care_leavers.activ = activity_group.code
left join groupings as suitability
    on
        suitability.topic = 'care_leaver_accommodation_suitability'
        and care_leavers.accom = suitability.code
