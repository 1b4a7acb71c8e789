-- 217t (2023-24): independent living (PLACE P2) stopped being a placement type on 28 October
-- 2023, so a P2 episode still running after that day fails: its DEC is blank, does not parse
-- (no valid end), or falls after 28 October 2023. A P2 episode that ended by then passes.
{{ single_table_rule('217t', 'episodes',
    where="place = 'P2' and (dec is null or dec > cast('2023-10-28' as date))",
    values={'PLACE': 'place', 'DEC': 'dec_text'}) }}
