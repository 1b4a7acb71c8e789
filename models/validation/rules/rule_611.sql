-- 611: the child is recorded as a mother (MOTHER = 1) but the date of birth of her child is
-- blank.
{{ single_table_rule('611', 'header',
    where="mother = '1' and mc_dob_text is null",
    values={'MOTHER': 'mother', 'MC_DOB': 'mc_dob_text'}) }}
