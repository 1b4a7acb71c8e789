-- 391: care-leaver items are only for young people who turn 17 or more by the end of the
-- collection year (DfE: date of birth less than 17 years before the collection end is an
-- error when any of IN_TOUCH, ACTIV, ACCOM is given). A date of birth that does not parse
-- skips the record.
{{ single_table_rule('391', 'oc3',
    where="dob is not null
        and " ~ age_in_years('dob', collection_end()) ~ " < 17
        and (in_touch is not null or activ is not null or accom is not null)",
    values={'DOB': 'dob_text', 'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}) }}
