-- 193: the two intervention items are only for a child identified with a substance misuse
-- problem: when SUBSTANCE_MISUSE is 0 or blank, both are blank.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        (substance_misuse is null or substance_misuse = '0')
        and (intervention_received is not null or intervention_offered is not null)

)

select
    {{ rule_failures(
        '193', 'OC2',
        values={
            'SUBSTANCE_MISUSE': 'substance_misuse',
            'INTERVENTION_RECEIVED': 'intervention_received',
            'INTERVENTION_OFFERED': 'intervention_offered',
        }
    ) }}
from failing
