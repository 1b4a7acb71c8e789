-- 503F: when last year's final episode was still open, this year's first episode must have
-- the same Ofsted URN; a blank matches only a blank.
{{ first_episode_against_last_year('503F', 'urn', 'URN') }}
