-- 158: a child recorded as having received an intervention for substance misuse has no
-- answer to whether an intervention was offered (that item is only for those who did not
-- receive one).
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        intervention_received = '1'
        and intervention_offered is not null

)

select
    {{ rule_failures(
        '158', 'OC2',
        values={'INTERVENTION_RECEIVED': 'intervention_received', 'INTERVENTION_OFFERED': 'intervention_offered'}
    ) }}
from failing
