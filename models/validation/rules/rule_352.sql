-- 352: a child who started to be looked after (RNE S) must be under 18 on that day: an episode
-- with RNE S that began on or after the child's 18th birthday fails.
{{ episode_age_rule('352',
    where="episodes.rne = 'S'",
    age_on='episodes.decom', age_fails='>= 18',
    values={'RNE': 'rne', 'DECOM': 'decom_text'}) }}
