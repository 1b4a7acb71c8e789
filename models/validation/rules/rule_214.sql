-- 214: episodes under a series of short-term breaks (legal status V3 or V4) carry no
-- placement postcode and no Ofsted URN.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        ls in ('V3', 'V4')
        and (pl_post is not null or urn is not null)

)

select
    {{ rule_failures(
        '214', 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'PL_POST': 'pl_post', 'URN': 'urn'}
    ) }}
from failing
