-- 178: a placement provider, when given, must be a valid code of the year, and must not be
-- given for placement types that have no provider (temporary and "other" placements: T0-T4 and
-- Z1 to 2024-25; T0-T3 and Z11-Z14 from 2025-26).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

providers as (

    select
        collection_year,
        code
    from {{ ref('ssda903_code_lists') }}
    where table_name = 'episodes' and field = 'PLACE_PROVIDER'

),

checked as (

    select
        episodes.*,
        providers.code as listed_provider
    from episodes
    left join providers
        on
            episodes.collection_year = providers.collection_year
            and episodes.place_provider = providers.code
    where episodes.place_provider is not null

),

failing as (

    select * from checked
    where
        listed_provider is null
        or (
            collection_year < '2025-26'
            and place in ('T0', 'T1', 'T2', 'T3', 'T4', 'Z1')
        )
        or (
            collection_year >= '2025-26'
            and place in ('T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14')
        )

)

select
    {{ rule_failures(
        '178', 'Episodes', locator='decom_text',
        values={'PLACE_PROVIDER': 'place_provider', 'PLACE': 'place'}
    ) }}
from failing
