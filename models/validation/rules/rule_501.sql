-- 501: an episode cannot start before the child's previous episode ended. Episodes are taken in
-- order of start date; dates that do not parse, and an open previous episode, are not compared.
{{ single_table_rule('501', 'episodes', model='int_validation__episode_sequence',
    where="decom < previous_dec",
    values={'DECOM': 'decom_text', 'PREVIOUS_DEC': 'previous_dec_text'}) }}
