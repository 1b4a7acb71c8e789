-- 370 (2023-24): a child in independent living (placement P2) must be at least 16: a P2
-- episode that began before the child's 16th birthday fails, whether or not it has ended (the
-- reference validator judges ended episodes only, as for rule 371).
{{ episode_age_rule('370',
    where="episodes.place = 'P2'",
    age_on='episodes.decom', age_fails='< 16',
    values={'PLACE': 'place', 'DECOM': 'decom_text'}) }}
