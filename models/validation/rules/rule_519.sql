-- 519: civil partners (L2) must be coded as a couple, MM, FF or MF; a blank gender of adopters
-- fails too.
{{ adopter_genders_for_legal_status('519', 'L2', ['MM', 'FF', 'MF']) }}
