-- 411: the placement location (PL_LOCATION) must agree with the placement LA (PL_LA): IN only when
-- PL_LA is the responsible LA, OUT only when it is another. Both are derived from the placement
-- postcode (int_ssda903__placement_la), so derived values always agree; the rule stands for
-- returns that would carry their own. The reference validator checks IN only.
{{ single_table_rule('411', 'episodes',
    where="(pl_location = 'IN' and coalesce(pl_la, '') != la_code)"
        ~ " or (pl_location = 'OUT' and pl_la = la_code)",
    values={'PL_LOCATION': 'pl_location', 'PL_LA': 'pl_la'},
    model='int_ssda903__placement_la') }}
