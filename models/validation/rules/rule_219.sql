-- 219: where a URN is given (not XXXXXXX), the placement type (PLACE) must be one of the
-- placement codes the Ofsted provider lists give for that URN (any of its rows). A URN that is
-- not in the lists has no placement code to match, so it fails here as well as under 1008
-- (DfE's coding: PLACE must equal any lookup placement code of the matching URN); so does a
-- blank PLACE. Without the lists loaded nothing is checked.
{{ ofsted_urn_rule('219',
    where="not " ~ ofsted_listed_in('place', 'provider_place_codes'),
    values={'PLACE': 'place'}) }}
