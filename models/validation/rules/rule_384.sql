-- 384: an episode of respite care (legal status V3 or V4) cannot be a long-term foster
-- placement (U1 or U4).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        ls in ('V3', 'V4')
        and place in ('U1', 'U4')

)

select
    {{ rule_failures(
        '384', 'Episodes', locator='decom_text', values={'LS': 'ls', 'PLACE': 'place'}
    ) }}
from failing
