-- 503C: when last year's final episode was still open, this year's first episode must have
-- the same category of need (CIN); a blank matches only a blank.
{{ first_episode_against_last_year('503C', 'cin', 'CIN') }}
