-- 361: police protection (legal status L1) lasts at most 72 hours (Children Act 1989): a spell
-- of L1 longer than 3 days fails.
-- How spells are measured: macros/validation/legal_status_limits.sql.
{{ contiguous_legal_status_over_limit('361', 'L1', 3) }}
