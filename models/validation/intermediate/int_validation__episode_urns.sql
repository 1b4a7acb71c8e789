-- Every Episodes row (all its columns) with the Ofsted provider record of its URN: what the
-- provider lists (reference_data.providers, loaded by `cic reference providers`) say about that
-- URN, for the URN rules (1008, 219, 221, 224, 227, 228, 229). A URN may have several rows in
-- the lists (the children's homes list and the social care providers list, current and closed):
-- its placement codes, provider codes, postcodes and premises' LAs are those of all its rows,
-- each held as a comma-separated list with a comma at both ends (tested with
-- ofsted_listed_in()); its registration end is the earliest end date any of its rows gives.
-- urn_checked says whether the URN rules look at the episode: a URN is given, it is not
-- XXXXXXX (no Ofsted registration), and the lists are loaded (without them the reference
-- validator skips its URN rules, and so do we).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

providers as (

    select * from {{ ref('stg_reference__providers') }}
    where urn is not null and urn != ''

),

lists as (

    select count(*) as provider_rows from providers

),

urns as (

    select
        urn,
        {{ ofsted_list("replace(place_codes, ' ', '')") }} as provider_place_codes,
        {{ ofsted_list("replace(provider_codes, ' ', '')") }} as provider_codes,
        {{ ofsted_list('postcode') }} as provider_postcodes,
        {{ ofsted_list('la_code') }} as provider_la_codes,
        min(reg_end_date) as provider_reg_end
    from providers
    group by urn

)

select
    episodes.*,  -- noqa: AM04
    upper({{ trim_spaces('episodes.urn') }}) as urn_key,
    coalesce(
        lists.provider_rows > 0
        and episodes.urn is not null
        and {{ trim_spaces('episodes.urn') }} != ''
        and upper({{ trim_spaces('episodes.urn') }}) != 'XXXXXXX',
        false
    ) as urn_checked,
    urns.urn as provider_urn,
    urns.provider_place_codes,
    urns.provider_codes,
    urns.provider_postcodes,
    urns.provider_la_codes,
    urns.provider_reg_end
from episodes
cross join lists
left join urns on upper({{ trim_spaces('episodes.urn') }}) = urns.urn
