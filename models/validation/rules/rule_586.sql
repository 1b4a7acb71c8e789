-- 586: an incident does not start before the child was born. As DfE's tools read it, a start on
-- the date of birth itself is also flagged. Either date not parsing skips the record.
{{ single_table_rule('586', 'missing',
    where="mis_start <= dob",
    values={'DOB': 'dob_text', 'MIS_START': 'mis_start_text'}) }}
