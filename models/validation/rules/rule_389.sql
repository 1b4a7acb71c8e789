-- 389: a child transferred to adult social care (REC E7) must be at least 16 when the episode
-- ceased: an E7 episode that ceased before the child's 16th birthday fails. Without a valid DEC
-- and DOB there is no age to judge (the reference validator flags those episodes).
{{ episode_age_rule('389',
    where="episodes.rec = 'E7'",
    age_on='episodes.dec', age_fails='< 16',
    values={'REC': 'rec', 'DEC': 'dec_text'}) }}
