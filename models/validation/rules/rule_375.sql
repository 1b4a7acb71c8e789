-- 375: a temporary stay in hospital (T1) lasts at most six weeks: a T1 episode that ceased more
-- than 42 days after it began fails. An open episode is not measured.
{{ temporary_placement_too_long('375', 'T1', 42) }}
