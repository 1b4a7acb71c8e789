-- 437: an episode that ended because the child died (E2) or turned 18 and care ended (E15)
-- cannot be followed by another episode of the same child. Episodes are taken in order of
-- start date (undated ones last); an undated E2/E15 episode is left to the date rules.
{{ single_table_rule('437', 'episodes', model='int_validation__episode_sequence',
    where="rec in ('E2', 'E15') and decom is not null and episode_number < episodes_of_child",
    values={'REC': 'rec'}) }}
