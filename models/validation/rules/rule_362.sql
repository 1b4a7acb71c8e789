-- 362: an emergency protection order (legal status L2) lasts at most 21 days.
-- How spells are measured: macros/validation/legal_status_limits.sql.
{{ contiguous_legal_status_over_limit('362', 'L2', 21) }}
