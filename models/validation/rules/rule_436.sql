-- 436: an episode with RNE B or U (legal status and placement both changed) must differ from
-- the previous episode in legal status and in placement.
-- How episodes are compared: macros/validation/new_episode_reasons.sql.
{{ new_episode_reason_mismatch('436', ['B', 'U'], 'same_legal_status or same_placement') }}
