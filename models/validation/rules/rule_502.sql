-- 502: when last year's final episode was still open, this year's first episode must start on
-- the same date (DECOM) as that open episode.
{{ first_episode_against_last_year('502', 'decom', 'DECOM', shown='decom_text') }}
