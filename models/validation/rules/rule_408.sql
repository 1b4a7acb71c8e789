-- 408: a child placed for adoption with a placement order (A5 or A6) must have the
-- placement order as legal status (E1); a blank legal status fails.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        place in ('A5', 'A6')
        and coalesce(ls, '') != 'E1'

)

select
    {{ rule_failures(
        '408', 'Episodes', locator='decom_text', values={'PLACE': 'place', 'LS': 'ls'}
    ) }}
from failing
