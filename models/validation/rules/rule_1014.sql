-- 1014: a care leaver (a young person with no episode open at any time in the collection year,
-- int_validation__cohorts, whose OC3 row has any of IN_TOUCH, ACTIV, ACCOM given) also has UASC
-- information (a UASC row): both the UASC row and the OC3 row are reported. A child with no
-- episodes at all in the year counts as having none open.
with

cohort as (

    select * from {{ ref('int_validation__cohorts') }}

),

care_leaver_rows as (

    select oc3.* from {{ ref('ssda903__oc3') }} as oc3
    left join cohort
        on
            oc3.la_code = cohort.la_code
            and oc3.collection_year = cohort.collection_year
            and oc3.child = cohort.child
    where
        not coalesce(cohort.looked_after_in_year, false)
        and {{ any_given('oc3', care_leaver_items()) }}

),

uasc as (

    select * from {{ ref('ssda903__uasc') }}

),

failing_uasc as (

    select * from uasc as uasc_rows
    where exists (
            select 1 from care_leaver_rows as oc3
            where
                oc3.la_code = uasc_rows.la_code
                and oc3.collection_year = uasc_rows.collection_year
                and oc3.child = uasc_rows.child
        )

),

failing_oc3 as (

    select * from care_leaver_rows as oc3
    where exists (
            select 1 from uasc
            where
                uasc.la_code = oc3.la_code
                and uasc.collection_year = oc3.collection_year
                and uasc.child = oc3.child
        )

)

select
    {{ rule_failures('1014', 'UASC', values={'DUC': 'duc_text'}) }}
from failing_uasc
union all
select
    {{ rule_failures('1014', 'OC3', values=labelled(care_leaver_items())) }}
from failing_oc3
