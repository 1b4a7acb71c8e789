-- 302: a child's first episode cannot start before the child was born. The first episode is the
-- earliest valid start date in the return (int_validation__episode_sequence); it fails when its
-- DECOM is before the Header's DOB (an age below 0), and the child's Header row is reported with
-- it. Blank or unparseable dates are not judged.
{{ episode_age_rule('302',
    where="episodes.episode_number = 1",
    age_on='episodes.decom', age_fails='< 0',
    values={'DECOM': 'decom_text'},
    model='int_validation__episode_sequence', header_too=true) }}
