-- 398: no postcodes (and so no distance) are returned for an episode of respite care under
-- legal status V3 or V4.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        ls in ('V3', 'V4')
        and (home_post is not null or pl_post is not null)

)

select
    {{ rule_failures(
        '398', 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'HOME_POST': 'home_post', 'PL_POST': 'pl_post'}
    ) }}
from failing
