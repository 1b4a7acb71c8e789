-- 159: a child with a substance misuse problem who did not receive an intervention must say
-- whether one was offered.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        substance_misuse = '1'
        and intervention_received = '0'
        and intervention_offered is null

)

select
    {{ rule_failures(
        '159', 'OC2',
        values={
            'SUBSTANCE_MISUSE': 'substance_misuse',
            'INTERVENTION_RECEIVED': 'intervention_received',
            'INTERVENTION_OFFERED': 'intervention_offered',
        }
    ) }}
from failing
