-- 392d: the home and placement postcodes of an episode may be the same postcode only when the child
-- is placed with parents (P1). Postcodes are compared without spaces, so that AB1 0JD and AB10JD
-- are the same place, as DfE asks (the reference validator compares the raw text).
{{ single_table_rule('392d', 'episodes',
    where="coalesce(place, '') != 'P1' and replace(home_post, ' ', '') = replace(pl_post, ' ', '')",
    values={'HOME_POST': 'home_post', 'PL_POST': 'pl_post', 'PLACE': 'place'}) }}
