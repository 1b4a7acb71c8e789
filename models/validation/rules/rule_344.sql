-- 344: a young person who has died (IN_TOUCH DIED) or returned home for 6 months or more
-- (RHOM) has activity and accommodation both coded 0, the code for not applicable; a blank
-- is not 0.
with

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

failing as (

    select * from oc3
    where
        in_touch in ('DIED', 'RHOM')
        and (coalesce(activ, '') != '0' or coalesce(accom, '') != '0')

)

select
    {{ rule_failures(
        '344', 'OC3', values={'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}
    ) }}
from failing
