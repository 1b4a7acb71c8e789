-- SW14STG2 (2023-24): a social worker episode's end date may be blank only on the child's last
-- episode. Read as SW08STG2 is: an end date that does not parse is no end; episodes in order
-- of start date, then file order; an episode whose start date does not parse is taken as the
-- last and is not itself reported.
{{ unended_social_worker_episode_before_the_last('SW14STG2') }}
