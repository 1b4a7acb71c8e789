-- 242: the placeholder URN XXXXXXX (regional adoption agencies) only goes with adoption
-- (A3-A6) or foster (U1-U6) placements.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        urn = 'XXXXXXX'
        and coalesce(place, '') not in (
            'A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'
        )

)

select
    {{ rule_failures(
        '242', 'Episodes', locator='decom_text', values={'URN': 'urn', 'PLACE': 'place'}
    ) }}
from failing
