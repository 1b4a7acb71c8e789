-- 373: a placement in a school (S1) needs a child of at least 4: an S1 episode that began before
-- the child's 4th birthday fails, whether or not it has ended (the reference validator judges
-- ended episodes only).
{{ episode_age_rule('373',
    where="episodes.place = 'S1'",
    age_on='episodes.decom', age_fails='< 4',
    values={'PLACE': 'place', 'DECOM': 'decom_text'}) }}
