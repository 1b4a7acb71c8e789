-- 435: an episode with RNE P or T (placement changed, legal status did not) must have the
-- same legal status as the previous episode and a different placement.
-- How episodes are compared: macros/validation/new_episode_reasons.sql.
{{ new_episode_reason_mismatch('435', ['P', 'T'], 'not same_legal_status or same_placement') }}
