-- 620: a child recorded as a mother must be 11 or older at the start of the collection year.
-- A date of birth that does not parse is left to rule 102.
{{ single_table_rule('620', 'header',
    where="mother = '1' and " ~ dbt.dateadd('year', 11, 'dob') ~ " > " ~ collection_start(),
    values={'MOTHER': 'mother', 'DOB': 'dob_text'}) }}
