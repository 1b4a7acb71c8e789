-- 359: a young person still looked after at 31 March after their 18th birthday must be
-- accommodated under section 20(5) (legal status V2) in a children's home (K2): an episode open
-- at the year's end (no DEC) of a child whose 18th birthday was before 31 March fails unless it
-- is V2 in K2. A DEC that does not parse is not an open episode.
{{ episode_age_rule('359',
    where="episodes.dec_text is null
        and not (coalesce(episodes.ls, '') = 'V2' and coalesce(episodes.place, '') = 'K2')",
    age_on=dbt.dateadd('day', -1, collection_end('episodes.collection_year')), age_fails='>= 18',
    values={'LS': 'ls', 'PLACE': 'place', 'DEC': 'dec_text'}) }}
