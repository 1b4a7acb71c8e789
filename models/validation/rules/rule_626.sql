-- 626: a child recorded as a mother this year (MOTHER 1) who was not a mother last year (MOTHER
-- 0) must have had her first child this year: a date of birth of the first child before 1 April
-- contradicts last year's status.
{{ header_previous_year_rule('626',
    where="mother = '1' and last_mother = '0' and mc_dob < " ~ collection_start(),
    values={'MOTHER': 'mother', 'MC_DOB': 'mc_dob_text'}) }}
