-- 192: a child identified with a substance misuse problem must say whether an intervention was
-- received.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        substance_misuse = '1'
        and intervention_received is null

)

select
    {{ rule_failures(
        '192', 'OC2',
        values={'SUBSTANCE_MISUSE': 'substance_misuse', 'INTERVENTION_RECEIVED': 'intervention_received'}
    ) }}
from failing
