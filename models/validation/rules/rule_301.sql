-- 301: the date of birth must not be after the end of the collection year (31 March). A date
-- that does not parse is left to rule 102.
{{ single_table_rule('301', 'header',
    where="dob > " ~ collection_end(),
    values={'DOB': 'dob_text'}) }}
