-- 217: an episode starting on or after 1 April 2015 that places the child for adoption with
-- the current foster carers (A3 or A5) must have reason for new episode S, T or U. An episode
-- whose start date is blank or does not parse is not checked.
{{ single_table_rule('217', 'episodes',
    where="place in ('A3', 'A5')
        and decom >= cast('2015-04-01' as date)
        and coalesce(rne, '') not in ('S', 'T', 'U')",
    values={'PLACE': 'place', 'DECOM': 'decom_text', 'RNE': 'rne'}) }}
