-- SW10bSTG2: a first-contact social worker episode (SW_REASON FCONTA) that follows another must
-- start after the previous episode ended; both dates must parse.
-- How episodes are ordered: macros/validation/social_worker_episodes.sql.
{{ following_social_worker_episode(
    'SW10bSTG2', "sw_reason = 'FCONTA' and sw_decom <= previous_dec"
) }}
