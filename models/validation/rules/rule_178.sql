-- 178: a placement provider, when given, must be a valid code of the year, and must not be given
-- for placement types that have no provider (temporary and "other" placements: T0-T4 and Z1 to
-- 2024-25; T0-T3 and Z11-Z14 from 2025-26; T4 may then have a provider).
{{ single_table_rule('178', 'episodes', listed_field='PLACE_PROVIDER',
    where="place_provider is not null
        and (
            listed_code is null
            or (
                collection_year < '2025-26'
                and place in ('T0', 'T1', 'T2', 'T3', 'T4', 'Z1')
            )
            or (
                collection_year >= '2025-26'
                and place in ('T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14')
            )
        )",
    values={'PLACE_PROVIDER': 'place_provider', 'PLACE': 'place'}) }}
