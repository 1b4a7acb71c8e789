-- 376: a temporary placement while the usual foster carer is on holiday (T3) lasts at most three
-- weeks: a T3 episode that ceased more than 21 days after it began fails. An open episode is not
-- measured.
{{ temporary_placement_too_long('376', 'T3', 21) }}
