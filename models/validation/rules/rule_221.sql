-- 221: where a URN is given (not XXXXXXX), the legal status is not V3 or V4 (short breaks),
-- the placement is in a registered setting checked by postcode (PLACE K1, K2, K3, R3 or S1 from
-- 2024-25; H5, K1, K2, R3 or S1 in 2023-24) and a placement postcode is given, PL_POST (spaces
-- removed, upper case) must be a setting postcode the Ofsted provider lists give for that URN
-- (any of its rows). A URN not in the lists has no postcode to match and fails. Without the
-- lists loaded nothing is checked.
{{ ofsted_urn_rule('221',
    where="coalesce(ls, '') not in ('V3', 'V4')
        and (
            (collection_year >= '2024-25' and place in ('K1', 'K2', 'K3', 'R3', 'S1'))
            or (collection_year < '2024-25' and place in ('H5', 'K1', 'K2', 'R3', 'S1'))
        )
        and pl_post is not null
        and not " ~ ofsted_listed_in("upper(replace(pl_post, ' ', ''))", 'provider_postcodes'),
    values={'PLACE': 'place', 'LS': 'ls', 'PL_POST': 'pl_post'}) }}
