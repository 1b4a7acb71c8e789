-- 612: a female child (SEX F; 2 up to 2023-24) has a date of birth of her child recorded
-- (valid or not) but is not recorded as a mother (MOTHER is 0 or blank).
{{ single_table_rule('612', 'header',
    where=sex_letter('sex', 'collection_year')
        ~ " = 'F' and coalesce(mother, '0') = '0' and mc_dob_text is not null",
    values={'SEX': 'sex', 'MOTHER': 'mother', 'MC_DOB': 'mc_dob_text'}) }}
