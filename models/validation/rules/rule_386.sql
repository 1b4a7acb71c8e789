-- 386: a child adopted (REC E11 or E12) must be under 18 when the episode ceased: an adoption
-- episode that ceased on or after the child's 18th birthday fails.
{{ episode_age_rule('386',
    where="episodes.rec in ('E11', 'E12')",
    age_on='episodes.dec', age_fails='>= 18',
    values={'REC': 'rec', 'DEC': 'dec_text'}) }}
