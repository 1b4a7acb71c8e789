-- 378: a child placed with parent(s) (P1) cannot be looked after under a single period of
-- accommodation under section 20 (V2).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where place = 'P1' and ls = 'V2'

)

select
    {{ rule_failures(
        '378', 'Episodes', locator='decom_text', values={'PLACE': 'place', 'LS': 'ls'}
    ) }}
from failing
