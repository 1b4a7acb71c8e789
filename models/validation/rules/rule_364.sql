-- 364: detention under PACE 1984 in LA accommodation (legal status J2) is strictly limited:
-- at most 21 days.
-- How spells are measured: macros/validation/legal_status_limits.sql.
{{ overlapping_legal_status_over_limit('364', 'J2', 21) }}
