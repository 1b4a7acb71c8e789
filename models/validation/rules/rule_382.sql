-- 382: an episode of respite care (legal status V3 or V4) cannot be in a temporary
-- placement (T0-T4).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        ls in ('V3', 'V4')
        and place in ('T0', 'T1', 'T2', 'T3', 'T4')

)

select
    {{ rule_failures(
        '382', 'Episodes', locator='decom_text', values={'LS': 'ls', 'PLACE': 'place'}
    ) }}
from failing
