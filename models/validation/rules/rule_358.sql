-- 358: legal statuses J1, J2 and J3 (remanded or detained under PACE, or sentenced) need a child
-- of at least 10: an episode under one of them that began before the child's 10th birthday fails,
-- with the child's Header row. A child of exactly 10 passes; the reference validator also flags
-- an episode that began on the 10th birthday.
{{ episode_age_rule('358',
    where="episodes.ls in ('J1', 'J2', 'J3')",
    age_on='episodes.decom', age_fails='< 10',
    values={'LS': 'ls', 'DECOM': 'decom_text'}, header_too=true) }}
