-- 390: an episode that ceased by adoption (REC E11 or E12) must be a placement for
-- adoption (A3-A6); a blank placement type fails.
{{ single_table_rule('390', 'episodes',
    where="rec in ('E11', 'E12') and coalesce(place, '') not in ('A3', 'A4', 'A5', 'A6')",
    values={'REC': 'rec', 'PLACE': 'place'}) }}
