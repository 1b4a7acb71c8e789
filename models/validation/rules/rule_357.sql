-- 357: a child's first episode, when it begins in the collection year, must have reason for
-- new episode S (started to be looked after). The first episode is the earliest valid start
-- date in the return; a first episode that began before 1 April continues last year's care.
{{ single_table_rule('357', 'episodes', model='int_validation__episode_sequence',
    where="episode_number = 1
        and decom >= " ~ collection_start() ~ "
        and coalesce(rne, '') != 'S'",
    values={'DECOM': 'decom_text', 'RNE': 'rne'}) }}
