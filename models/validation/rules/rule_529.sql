-- 529: other public organisations (provider PR3) cannot provide placements with parents
-- (P1), for adoption (A3-A6), in children's homes (K1, K2) or in foster care (U1-U6).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        place_provider = 'PR3'
        and place in (
            'P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2',
            'U1', 'U2', 'U3', 'U4', 'U5', 'U6'
        )

)

select
    {{ rule_failures(
        '529', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}
    ) }}
from failing
