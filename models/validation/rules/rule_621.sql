-- 621: the date of birth of a mother's child must be after the mother's own date of birth. A
-- valid MC_DOB with a date of birth that does not parse cannot be shown to be after it and is
-- reported; an MC_DOB that does not parse is left to rule 171.
{{ single_table_rule('621', 'header',
    where="mc_dob is not null and (dob is null or mc_dob <= dob)",
    values={'DOB': 'dob_text', 'MC_DOB': 'mc_dob_text'}) }}
