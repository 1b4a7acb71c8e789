-- 434: an episode with RNE L (legal status changed, placement did not) must have a different legal
-- status from the previous episode and the same placement. A child's first episode is not
-- compared; blanks compare equal to blanks (as the reference validator compares the placement
-- items).
-- How episodes are compared: macros/validation/new_episode_reasons.sql.
{{ new_episode_reason_mismatch('434', ['L'], 'same_legal_status or not same_placement') }}
