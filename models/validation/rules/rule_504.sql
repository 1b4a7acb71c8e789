-- 504: the category of need stays the same through a period of care: when the previous
-- episode ended X1 on the day this one started, the two must have the same CIN (a blank
-- matches only a blank). Episodes are taken in order of start date.
{{ single_table_rule('504', 'episodes', model='int_validation__episode_sequence',
    where="previous_rec = 'X1'
        and previous_dec = decom
        and coalesce(cin, '') != coalesce(previous_cin, '')",
    values={'CIN': 'cin', 'PREVIOUS_CIN': 'previous_cin'}) }}
