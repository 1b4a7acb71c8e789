-- 371: supported accommodation not subject to the children's homes regulations (placement K3;
-- in 2023-24, semi-independent living, H5) needs a child of at least 16: such an episode that
-- began before the child's 16th birthday fails, whether or not it has ended (the reference
-- validator judges ended episodes only).
{{ episode_age_rule('371',
    where="episodes.place
        = case when episodes.collection_year = '2023-24' then 'H5' else 'K3' end",
    age_on='episodes.decom', age_fails='< 16',
    values={'PLACE': 'place', 'DECOM': 'decom_text'}) }}
