-- SW11aSTG2 (2023-24): a social worker episode that ended before the last days of the year (on
-- or before 26 March, 5 days before 31 March) must be followed by the child's next episode
-- within 5 days of that end: an episode after the first fails when the one before it ended by
-- 26 March and it does not start within 5 days either side of that end date (or its own start
-- date does not parse). Episodes in order of start date then end date, as for SW10STG2. A
-- last episode that ended mid-year with none after it is not reported (the child may have
-- left care): this is how the reference validator reads the rule.
{{ following_social_worker_episode('SW11aSTG2',
    fails_when="previous_dec <= " ~ dbt.dateadd('day', -5, collection_end()) ~ "
        and not coalesce(
            sw_decom between " ~ dbt.dateadd('day', -5, 'previous_dec') ~ "
            and " ~ dbt.dateadd('day', 5, 'previous_dec') ~ ",
            false
        )") }}
