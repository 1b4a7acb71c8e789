-- 390: an episode that ceased by adoption (REC E11 or E12) must be a placement for
-- adoption (A3-A6); a blank placement type fails.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        rec in ('E11', 'E12')
        and coalesce(place, '') not in ('A3', 'A4', 'A5', 'A6')

)

select
    {{ rule_failures(
        '390', 'Episodes', locator='decom_text', values={'REC': 'rec', 'PLACE': 'place'}
    ) }}
from failing
