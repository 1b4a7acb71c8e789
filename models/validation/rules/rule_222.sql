-- 222: no Ofsted URN (other than the placeholder XXXXXXX) for placement types that are not
-- registered settings: P1, P3, R1, R2, R5, T0-T4, and P2 in 2023-24, Z1 to 2024-25 or Z11-Z14
-- from 2025-26.
{{ single_table_rule('222', 'episodes',
    where="urn is not null
        and urn != 'XXXXXXX'
        and (
            place in ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4')
            or (collection_year < '2024-25' and place = 'P2')
            or (collection_year < '2025-26' and place = 'Z1')
            or (
                collection_year >= '2025-26'
                and place in ('Z11', 'Z12', 'Z13', 'Z14')
            )
        )",
    values={'PLACE': 'place', 'URN': 'urn'}) }}
