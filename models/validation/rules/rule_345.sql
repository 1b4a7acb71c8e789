-- 345: a young person the LA is in touch with (IN_TOUCH YES) has a real activity and
-- accommodation: neither is coded 0.
with

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

failing as (

    select * from oc3
    where
        in_touch = 'YES'
        and (activ = '0' or accom = '0')

)

select
    {{ rule_failures(
        '345', 'OC3', values={'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}
    ) }}
from failing
