-- 213: no placement provider for temporary placements (T0-T4), nor, from 2025-26, for the
-- "other" placements Z11-Z14.
{{ single_table_rule('213', 'episodes',
    where="place_provider is not null
        and (
            place in ('T0', 'T1', 'T2', 'T3', 'T4')
            or (
                collection_year >= '2025-26'
                and place in ('Z11', 'Z12', 'Z13', 'Z14')
            )
        )",
    values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}) }}
