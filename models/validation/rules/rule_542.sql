-- 542: no conviction item for a child under 10 on 31 March. A date of birth that does not
-- parse skips the record.
{{ single_table_rule('542', 'oc2',
    where="dob is not null
        and " ~ age_in_years('dob', collection_end()) ~ " < 10
        and convicted is not null",
    values={'DOB': 'dob_text', 'CONVICTED': 'convicted'}) }}
