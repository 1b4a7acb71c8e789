-- 381: a temporary placement (T0-T4) cannot close a period of care: when its episode has a
-- reason for ceasing, that reason must be X1 (a new episode follows the same day).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        place in ('T0', 'T1', 'T2', 'T3', 'T4')
        and rec is not null
        and rec != 'X1'

)

select
    {{ rule_failures(
        '381', 'Episodes', locator='decom_text', values={'PLACE': 'place', 'REC': 'rec'}
    ) }}
from failing
