-- 233: an episode that has not ceased (no date episode ceased) has no reason for placement
-- change.
{{ single_table_rule('233', 'episodes',
    where="dec_text is null and reason_place_change is not null",
    values={'DEC': 'dec_text', 'REASON_PLACE_CHANGE': 'reason_place_change'}) }}
