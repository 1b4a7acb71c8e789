-- SW10STG2 (definition of 2024-25): unless it is a first contact (SW_REASON FCONTA), a social
-- worker episode that follows another must start within 7 days either side of the end of the
-- previous one; a previous episode with no valid end date, or a start date that does not
-- parse, cannot be within 7 days of it and fails.
-- How episodes are ordered: macros/validation/social_worker_episodes.sql.
{{ following_social_worker_episode(
    'SW10STG2',
    "coalesce(sw_reason, '') != 'FCONTA' and not starts_within_a_week_of_previous_end"
) }}
