-- 215: a child with care leaver information (an OC3 row with any of IN_TOUCH, ACTIV, ACCOM
-- given) also has any of the OC2 twelve-month items given (CONVICTED, HEALTH_CHECK,
-- IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED,
-- INTERVENTION_OFFERED): both the OC3 row and the OC2 row are reported.
with

care_leaver_rows as (

    select * from {{ ref('ssda903__oc3') }} as oc3
    where {{ any_given('oc3', care_leaver_items()) }}

),

twelve_month_rows as (

    select * from {{ ref('ssda903__oc2') }} as oc2
    where {{ any_given('oc2', oc2_twelve_month_items()) }}

),

failing_oc3 as (

    select * from care_leaver_rows as oc3
    where exists (
            select 1 from twelve_month_rows as oc2
            where
                oc2.la_code = oc3.la_code
                and oc2.collection_year = oc3.collection_year
                and oc2.child = oc3.child
        )

),

failing_oc2 as (

    select * from twelve_month_rows as oc2
    where exists (
            select 1 from care_leaver_rows as oc3
            where
                oc3.la_code = oc2.la_code
                and oc3.collection_year = oc2.collection_year
                and oc3.child = oc2.child
        )

)

select
    {{ rule_failures('215', 'OC3', values=labelled(care_leaver_items())) }}
from failing_oc3
union all
select
    {{ rule_failures('215', 'OC2', values=labelled(oc2_twelve_month_items())) }}
from failing_oc2
