-- 503G: when last year's final episode was still open, this year's first episode must have
-- the same placement distance (PL_DISTANCE, derived from the home and placement postcodes):
-- 0.2 miles or more apart, or known in one and not the other, does not match.
{{ first_episode_against_last_year('503G', 'pl_distance', 'PL_DISTANCE', distance=true) }}
