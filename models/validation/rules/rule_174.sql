-- 174: a date of birth of the mother's child is recorded for a child whose sex is male.
{{ single_table_rule('174', 'header',
    where="sex = 'M' and mc_dob_text is not null",
    values={'SEX': 'sex', 'MC_DOB': 'mc_dob_text'}) }}
