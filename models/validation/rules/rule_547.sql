-- 547: a child whose health surveillance checks are up to date (HEALTH_CHECK = 1) has
-- immunisations, teeth check, health assessment and substance misuse all given.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        health_check = '1'
        and (
            immunisations is null
            or teeth_check is null
            or health_assessment is null
            or substance_misuse is null
        )

)

select
    {{ rule_failures(
        '547', 'OC2',
        values={
            'HEALTH_CHECK': 'health_check',
            'IMMUNISATIONS': 'immunisations',
            'TEETH_CHECK': 'teeth_check',
            'HEALTH_ASSESSMENT': 'health_assessment',
            'SUBSTANCE_MISUSE': 'substance_misuse',
        }
    ) }}
from failing
