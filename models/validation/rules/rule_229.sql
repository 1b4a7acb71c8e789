-- 229: where a URN is given (not XXXXXXX), a placement with the council's own provision
-- (PLACE_PROVIDER PR1) must be at premises in the council's own LA, and one with another LA's
-- provision (PR2) at premises outside it: PR1 fails when none of the URN's premises in the
-- Ofsted provider lists is in the submitting LA (so also when the URN is not in the lists or
-- the premises' LA is unknown), PR2 fails when one is. The premises' LA comes from the setting
-- postcode (ONS postcode directory), else from the LA the list names. From 2025-26 placements
-- of type K3, P1, P3, R1, R2, R5, T0-T4 and Z11-Z14 are not checked. Without the lists loaded
-- nothing is checked.
{{ ofsted_urn_rule('229',
    where="(
            collection_year < '2025-26'
            or coalesce(place, '') not in (
                'K3', 'P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4',
                'Z11', 'Z12', 'Z13', 'Z14'
            )
        )
        and (
            (place_provider = 'PR1' and not " ~ ofsted_listed_in('la_code', 'provider_la_codes') ~ ")
            or (place_provider = 'PR2' and " ~ ofsted_listed_in('la_code', 'provider_la_codes') ~ ")
        )",
    values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}) }}
