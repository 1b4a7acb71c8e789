-- 174: a date of birth of the mother's child is recorded for a child whose sex is male (SEX M;
-- 1 up to 2023-24).
{{ single_table_rule('174', 'header',
    where=sex_letter('sex', 'collection_year') ~ " = 'M' and mc_dob_text is not null",
    values={'SEX': 'sex', 'MC_DOB': 'mc_dob_text'}) }}
