-- 407: a special guardianship order (REC E45, E46, E47 or E48) ends care only for a child under
-- 18: such an episode that ceased on or after the child's 18th birthday fails, with the child's
-- Header row. The reference validator lets an episode ceasing on the 18th birthday pass.
{{ episode_age_rule('407',
    where="episodes.rec in ('E45', 'E46', 'E47', 'E48')",
    age_on='episodes.dec', age_fails='>= 18',
    values={'REC': 'rec', 'DEC': 'dec_text'}, header_too=true) }}
