-- 234 (from 2025-26): a child under 10 cannot change placement because of being admitted to
-- custody. The reason for a change is recorded on the episode that ended, so an episode with
-- REASON_PLACE_CHANGE CUSTOD fails when the child was under 10 on the day it ceased (its DEC,
-- the day the next placement began), with the child's Header row. The reference validator
-- measures the age on the episode's start date instead.
{{ episode_age_rule('234',
    where="episodes.reason_place_change = 'CUSTOD'",
    age_on='episodes.dec', age_fails='< 10',
    values={'REASON_PLACE_CHANGE': 'reason_place_change', 'DEC': 'dec_text'},
    header_too=true) }}
