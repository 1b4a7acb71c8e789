-- 351: the child must not be over 25 at the start of the collection year: the 25th birthday
-- must fall on or after 1 April. A date of birth that does not parse is left to rule 102.
{{ single_table_rule('351', 'header',
    where=dbt.dateadd('year', 25, 'dob') ~ " < " ~ collection_start(),
    values={'DOB': 'dob_text'}) }}
