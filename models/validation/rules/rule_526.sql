-- 526: every episode needs a placement provider, except temporary placements (T0-T4) and
-- the placements that have no provider: Z1 up to 2024-25, Z11-Z14 from 2025-26 (when Z1
-- was split). A blank placement type is not exempt.
{{ single_table_rule('526', 'episodes',
    where="place_provider is null
        and not (
            coalesce(place, '') in ('T0', 'T1', 'T2', 'T3', 'T4')
            or (collection_year < '2025-26' and coalesce(place, '') = 'Z1')
            or (
                collection_year >= '2025-26'
                and coalesce(place, '') in ('Z11', 'Z12', 'Z13', 'Z14')
            )
        )",
    values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}) }}
