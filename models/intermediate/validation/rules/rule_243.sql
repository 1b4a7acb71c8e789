-- 243: only placements with providers registered with Ofsted, which are in England, report a
-- URN: a placement in Scotland, Wales or Northern Ireland has none. Without DfE's derived
-- placement LA, the placement postcode's area stands in for it (macro
-- placement_outside_england).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        urn is not null
        and {{ placement_outside_england('pl_post') }}

)

select
    {{ rule_failures(
        '243', 'Episodes', locator='decom_text', values={'PL_POST': 'pl_post', 'URN': 'urn'}
    ) }}
from failing
