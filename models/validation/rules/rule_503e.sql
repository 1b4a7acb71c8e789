-- 503E: when last year's final episode was still open, this year's first episode must have
-- the same placement provider (PLACE_PROVIDER); a blank matches only a blank.
{{ first_episode_against_last_year('503E', 'place_provider', 'PLACE_PROVIDER') }}
