-- 550: the provider code PR0 (parents or others with parental responsibility) goes only
-- with a placement with parents (P1); a blank placement type fails.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        place_provider = 'PR0'
        and coalesce(place, '') != 'P1'

)

select
    {{ rule_failures(
        '550', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}
    ) }}
from failing
