-- 347: a care leaver under 18 on 1 April (DfE: date of birth less than 18 years before the
-- collection start) is not accommodated in a foyer. DfE's coding names accommodation type T,
-- which the return codes T1 (suitable) or T2 (not suitable): any ACCOM beginning with T is
-- read as a foyer. A date of birth that does not parse skips the record.
{{ single_table_rule('347', 'oc3',
    where="substr(accom, 1, 1) = 'T'
        and dob is not null
        and " ~ age_in_years('dob', collection_start()) ~ " < 18",
    values={'DOB': 'dob_text', 'ACCOM': 'accom'}) }}
