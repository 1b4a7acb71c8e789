-- 241 (from 2025-26): if a URN is given, other than XXXXXXX, and PLACE is K3 (supported
-- accommodation), the placement LA (PL_LA, derived from the placement postcode) must be one of the
-- LAs where that URN's provider has premises in the Ofsted provider lists
-- (reference_data.providers, loaded by `cic reference providers`). A URN with no row in the loaded
-- lists is not checked (nor is any URN when no list is loaded): the reference validator skips its
-- URN rules without the lists. A placement whose PL_LA cannot be derived (blank or unknown
-- postcode) is left to rule 169.
with

supported_accommodation as (

    select
        episodes.*,
        upper({{ trim_spaces('episodes.urn') }}) as urn_key
    from {{ ref('int_ssda903__placement_la') }} as episodes
    where
        episodes.place = 'K3'
        and episodes.urn is not null
        and upper({{ trim_spaces('episodes.urn') }}) != 'XXXXXXX'
        and episodes.pl_la is not null

),

failing as (

    select * from supported_accommodation
    where
        exists (
            select 1 from {{ ref('stg_reference__providers') }} as providers
            where providers.urn = supported_accommodation.urn_key
        )
        and not exists (
            select 1 from {{ ref('stg_reference__providers') }} as providers
            where
                providers.urn = supported_accommodation.urn_key
                and providers.la_code = supported_accommodation.pl_la
        )

)

select
    {{ rule_failures(
        '241', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'URN': 'urn', 'PL_LA': 'pl_la'}
    ) }}
from failing
