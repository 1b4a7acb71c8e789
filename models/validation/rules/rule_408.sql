-- 408: a child placed for adoption with a placement order (A5 or A6) must have the
-- placement order as legal status (E1); a blank legal status fails.
{{ single_table_rule('408', 'episodes',
    where="place in ('A5', 'A6') and coalesce(ls, '') != 'E1'",
    values={'PLACE': 'place', 'LS': 'ls'}) }}
