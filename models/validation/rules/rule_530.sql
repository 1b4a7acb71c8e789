-- 530: a placement provider code of PR4 cannot go with a placement with parents (P1).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        place_provider = 'PR4'
        and place = 'P1'

)

select
    {{ rule_failures(
        '530', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}
    ) }}
from failing
