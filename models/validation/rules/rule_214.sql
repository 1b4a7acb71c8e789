-- 214: episodes under a series of short-term breaks (legal status V3 or V4) carry no
-- placement postcode and no Ofsted URN.
{{ respite_care_without('214', {'PL_POST': 'pl_post', 'URN': 'urn'}) }}
