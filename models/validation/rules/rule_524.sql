-- 524: a married couple of the same sex (L12) must be coded MM or FF; a blank gender of
-- adopters fails too.
{{ adopter_genders_for_legal_status('524', 'L12', ['MM', 'FF']) }}
