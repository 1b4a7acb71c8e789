-- 336: a child placed for adoption with the current foster carers (A3 or A5) must come from a
-- foster or adoption placement (A3-A6, U1-U6) in the episode immediately before. The child's
-- first episode of the year has no episode before it in the return and is not checked; nor
-- are episodes whose start date is blank or does not parse, which cannot be sequenced.
{{ single_table_rule('336', 'episodes', model='int_validation__episode_sequence',
    where="place in ('A3', 'A5')
        and decom is not null
        and episode_number > 1
        and coalesce(previous_place, '') not in (
            'A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'
        )",
    values={'PLACE': 'place', 'PREVIOUS_PLACE': 'previous_place'}) }}
