-- 520: a married couple of different sexes (L11) must be coded MF; a blank gender of adopters
-- fails too.
{{ adopter_genders_for_legal_status('520', 'L11', ['MF']) }}
