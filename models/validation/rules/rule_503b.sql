-- 503B: when last year's final episode was still open, this year's first episode must have
-- the same legal status (LS); a blank matches only a blank.
{{ first_episode_against_last_year('503B', 'ls', 'LS') }}
