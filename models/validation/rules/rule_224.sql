-- 224: where a URN is given (not XXXXXXX), the placement provider (PLACE_PROVIDER) must be one
-- of the provider codes the Ofsted provider lists give for that URN (any of its rows; the
-- children's homes list separates them with "/"). A URN that is not in the lists, or a blank
-- PLACE_PROVIDER, has nothing to match and fails. Without the lists loaded nothing is checked.
{{ ofsted_urn_rule('224',
    where="not " ~ ofsted_listed_in('place_provider', 'provider_codes'),
    values={'PLACE_PROVIDER': 'place_provider'}) }}
