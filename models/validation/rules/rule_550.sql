-- 550: the provider code PR0 (parents or others with parental responsibility) goes only
-- with a placement with parents (P1); a blank placement type fails.
{{ single_table_rule('550', 'episodes',
    where="place_provider = 'PR0' and coalesce(place, '') != 'P1'",
    values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}) }}
