-- 191: a child in the OC2 cohort (looked after continuously for 12 months at 31 March,
-- int_validation__cohorts) lacks twelve-month data: the OC2 row is reported when any of
-- IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE is blank; a child in the
-- cohort with no OC2 row at all is reported on the child's first episode (in DfE's order).
with

cohort as (

    select * from {{ ref('int_validation__cohorts') }}
    where continuously_looked_after_12_months

),

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing_oc2 as (

    select oc2.* from oc2
    inner join cohort
        on
            oc2.la_code = cohort.la_code
            and oc2.collection_year = cohort.collection_year
            and oc2.child = cohort.child
    where
        oc2.immunisations is null
        or oc2.teeth_check is null
        or oc2.health_assessment is null
        or oc2.substance_misuse is null

),

failing_episodes as (

    select episodes.* from {{ ref('int_validation__episode_sequence') }} as episodes
    inner join cohort
        on
            episodes.la_code = cohort.la_code
            and episodes.collection_year = cohort.collection_year
            and episodes.child = cohort.child
    where
        episodes.episode_number = 1
        and not exists (
            select 1 from oc2
            where
                oc2.la_code = episodes.la_code
                and oc2.collection_year = episodes.collection_year
                and oc2.child = episodes.child
        )

)

select
    {{ rule_failures('191', 'OC2', values={
        'IMMUNISATIONS': 'immunisations', 'TEETH_CHECK': 'teeth_check',
        'HEALTH_ASSESSMENT': 'health_assessment', 'SUBSTANCE_MISUSE': 'substance_misuse',
    }) }}
from failing_oc2
union all
select
    {{ rule_failures('191', 'Episodes', locator='decom_text', values={'CHILD': 'child'}) }}
from failing_episodes
