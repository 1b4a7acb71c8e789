-- 544: a child recorded as convicted (CONVICTED = 1) has immunisations, teeth check, health
-- assessment and substance misuse all given.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        convicted = '1'
        and (
            immunisations is null
            or teeth_check is null
            or health_assessment is null
            or substance_misuse is null
        )

)

select
    {{ rule_failures(
        '544', 'OC2',
        values={
            'CONVICTED': 'convicted',
            'IMMUNISATIONS': 'immunisations',
            'TEETH_CHECK': 'teeth_check',
            'HEALTH_ASSESSMENT': 'health_assessment',
            'SUBSTANCE_MISUSE': 'substance_misuse',
        }
    ) }}
from failing
