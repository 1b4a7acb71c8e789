-- 392d: the home and placement postcodes of an episode may be the same postcode only when
-- the child is placed with parents (P1). Postcodes are compared without spaces, so that
-- AB1 0JD and AB10JD are the same place.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        coalesce(place, '') != 'P1'
        and replace(home_post, ' ', '') = replace(pl_post, ' ', '')

)

select
    {{ rule_failures(
        '392d', 'Episodes', locator='decom_text',
        values={'HOME_POST': 'home_post', 'PL_POST': 'pl_post', 'PLACE': 'place'}
    ) }}
from failing
