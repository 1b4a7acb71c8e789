-- 378: a child placed with parent(s) (P1) cannot be looked after under a single period of
-- accommodation under section 20 (V2).
{{ single_table_rule('378', 'episodes',
    where="place = 'P1' and ls = 'V2'",
    values={'PLACE': 'place', 'LS': 'ls'}) }}
