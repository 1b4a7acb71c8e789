-- 517: an unmarried couple of different sexes (L3) must be coded MF; a blank gender of adopters
-- fails too.
{{ adopter_genders_for_legal_status('517', 'L3', ['MF']) }}
