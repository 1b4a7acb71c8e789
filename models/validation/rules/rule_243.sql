-- 243: only placements with providers registered with Ofsted, which are in England, report a
-- URN: a placement in Scotland, Wales or Northern Ireland (PL_LA NIR, SCO or WAL, derived from
-- the ONS postcode directory) has none. Where PL_LA cannot be derived (postcode not in the
-- directory, or the directory not loaded) the placement postcode's area stands in for it (macro
-- placement_outside_england).
with

episodes as (

    select * from {{ ref('int_ssda903__placement_la') }}

),

failing as (

    select * from episodes
    where
        urn is not null
        and coalesce(
            pl_la in ('NIR', 'SCO', 'WAL'), {{ placement_outside_england('pl_post') }}
        )

)

select
    {{ rule_failures(
        '243', 'Episodes', locator='decom_text', values={'PL_POST': 'pl_post', 'URN': 'urn'}
    ) }}
from failing
