-- 528: a placement provider code of PR2 cannot go with placements P1, R2 or R5.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        place_provider = 'PR2'
        and place in ('P1', 'R2', 'R5')

)

select
    {{ rule_failures(
        '528', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}
    ) }}
from failing
