-- SW08STG2: an episode with no valid end date must be the child's last social worker episode.
-- Episodes are taken in order of start date, then file order; an episode whose start date does
-- not parse cannot be shown to come before any other, so it is taken as coming last (and is
-- not itself reported). An end date that does not parse is not a valid end, as for the start.
{{ unended_social_worker_episode_before_the_last('SW08STG2') }}
