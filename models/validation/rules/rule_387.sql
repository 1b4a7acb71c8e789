-- 387: a child who moved into independent living (REC E5 or E6) must be at least 14 when the
-- episode ceased: such an episode that ceased before the child's 14th birthday fails. Without a
-- valid DEC and DOB there is no age to judge (the reference validator flags a child with no
-- valid DOB).
{{ episode_age_rule('387',
    where="episodes.rec in ('E5', 'E6')",
    age_on='episodes.dec', age_fails='< 14',
    values={'REC': 'rec', 'DEC': 'dec_text'}) }}
