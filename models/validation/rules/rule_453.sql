-- 453: when last year's final episode was still open and this year's first episode has the
-- same reason for new episode, the placement distance (PL_DISTANCE, derived from the home and
-- placement postcodes) must be the same: 0.2 miles or more apart, or known in one and not the
-- other, is a contradiction.
{{ first_episode_against_last_year(
    '453', 'pl_distance', 'PL_DISTANCE', distance=true, same_rne=true
) }}
