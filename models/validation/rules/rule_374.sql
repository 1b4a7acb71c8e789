-- 374: residential employment (P3) needs a child of at least 14: a P3 episode that began before
-- the child's 14th birthday fails, whether or not it has ended (the reference validator judges
-- ended episodes only).
{{ episode_age_rule('374',
    where="episodes.place = 'P3'",
    age_on='episodes.decom', age_fails='< 14',
    values={'PLACE': 'place', 'DECOM': 'decom_text'}) }}
