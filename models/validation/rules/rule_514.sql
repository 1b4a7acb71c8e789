-- 514: a single adopter (L0) must be coded as a single adopter, M1 or F1; a blank gender of
-- adopters fails too.
{{ adopter_genders_for_legal_status('514', 'L0', ['M1', 'F1']) }}
