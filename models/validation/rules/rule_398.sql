-- 398: no postcodes (and so no distance) are returned for an episode of respite care under
-- legal status V3 or V4.
{{ respite_care_without('398', {'HOME_POST': 'home_post', 'PL_POST': 'pl_post'}) }}
