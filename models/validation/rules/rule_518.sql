-- 518: an unmarried couple of the same sex (L4) must be coded MM or FF; a blank gender of
-- adopters fails too.
{{ adopter_genders_for_legal_status('518', 'L4', ['MM', 'FF']) }}
