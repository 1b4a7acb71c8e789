-- 503J: when last year's final episode was still open, this year's first episode must have
-- the same placement location (PL_LOCATION: IN or OUT of the responsible LA, derived from the
-- placement postcode); one that cannot be derived matches only another that cannot.
{{ first_episode_against_last_year('503J', 'pl_location', 'PL_LOCATION') }}
