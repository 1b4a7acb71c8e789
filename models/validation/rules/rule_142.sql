-- 142: every episode of a child except the latest must have ended, with a date and a reason.
-- Episodes are ordered by the date they began. An episode whose start date is blank or does not
-- parse still shows that a new episode started: it counts as the latest (so an open episode
-- before it fails), as the reference validator orders it too; 141 reports its date. Such an
-- episode is not judged itself, when it is not the latest (several undated episodes): where it
-- stands in the sequence is unknown, as the validator also reads it.
{{ single_table_rule('142', 'episodes', model='int_validation__episode_sequence',
    where="episode_number < episodes_of_child and decom is not null
        and (dec is null or rec is null)",
    values={'DEC': 'dec_text', 'REC': 'rec'}) }}
