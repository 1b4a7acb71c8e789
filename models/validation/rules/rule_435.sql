-- 435: an episode with RNE P or T (placement changed, legal status did not) must have the
-- same legal status as the previous episode and a different placement. Blanks compare equal to
-- blanks: the reference validator treats two blank URNs as different, so misses a placement that
-- did not change; DfE asks whether the placement changed.
-- How episodes are compared: macros/validation/new_episode_reasons.sql.
{{ new_episode_reason_mismatch('435', ['P', 'T'], 'not same_legal_status or same_placement') }}
