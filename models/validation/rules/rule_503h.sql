-- 503H: when last year's final episode was still open, this year's first episode must have
-- the same placement LA (PL_LA, derived from the placement postcode); a PL_LA that cannot be
-- derived matches only another that cannot.
{{ first_episode_against_last_year('503H', 'pl_la', 'PL_LA') }}
