-- 516: an episode that ceased because the child stayed with former foster carers (REC E45
-- or E46) must be a foster placement (U1-U6); a blank placement type fails.
{{ single_table_rule('516', 'episodes',
    where="rec in ('E45', 'E46')
        and coalesce(place, '') not in ('U1', 'U2', 'U3', 'U4', 'U5', 'U6')",
    values={'REC': 'rec', 'PLACE': 'place'}) }}
