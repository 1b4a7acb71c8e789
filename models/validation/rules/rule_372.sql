-- 372: a placement in youth custody or prison (R5) needs a child of at least 10: an R5 episode
-- that began before the child's 10th birthday fails, whether or not it has ended (the reference
-- validator judges ended episodes only).
{{ episode_age_rule('372',
    where="episodes.place = 'R5'",
    age_on='episodes.decom', age_fails='< 10',
    values={'PLACE': 'place', 'DECOM': 'decom_text'}) }}
