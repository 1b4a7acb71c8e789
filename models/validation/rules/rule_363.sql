-- 363: a child assessment order (legal status L3) lasts at most 7 days (Children Act 1989).
-- How spells are measured: macros/validation/legal_status_limits.sql.
{{ overlapping_legal_status_over_limit('363', 'L3', 7) }}
