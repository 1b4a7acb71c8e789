-- 431: an episode that starts a period of care (RNE S) must start after the child's previous
-- episode ended: starting on or before the previous episode's end date means the child never left
-- care. Episodes are taken in order of start date; dates that do not parse, and an open previous
-- episode, are not compared.
{{ single_table_rule('431', 'episodes', model='int_validation__episode_sequence',
    where="rne = 'S' and decom <= previous_dec",
    values={'RNE': 'rne', 'DECOM': 'decom_text', 'PREVIOUS_DEC': 'previous_dec'}) }}
