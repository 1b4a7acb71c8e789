-- 460: a child who stayed with their carers at 18 or over (REC E17) must be at least 18 when the
-- episode ceased: an E17 episode that ceased before the child's 18th birthday fails.
{{ episode_age_rule('460',
    where="episodes.rec = 'E17'",
    age_on='episodes.dec', age_fails='< 18',
    values={'REC': 'rec', 'DEC': 'dec_text'}) }}
