-- 531: a placement provider code of PR5 cannot go with a placement with parents (P1).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        place_provider = 'PR5'
        and place = 'P1'

)

select
    {{ rule_failures(
        '531', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}
    ) }}
from failing
