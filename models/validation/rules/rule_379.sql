-- 379: a temporary placement for another reason (T4) lasts at most seven days: a T4 episode that
-- ceased more than 7 days after it began fails. An open episode is not measured.
{{ temporary_placement_too_long('379', 'T4', 7) }}
