-- 203: a child in both this year's and last year's Header must have the same date of birth.
-- Dates are compared as dates; a date that does not parse (or is blank) matches only one that
-- does not parse (or is blank) last year: 102 reports the date itself.
{{ header_previous_year_rule('203',
    where="coalesce(cast(dob as " ~ dbt.type_string() ~ "), '')"
        ~ " <> coalesce(cast(last_dob as " ~ dbt.type_string() ~ "), '')",
    values={'DOB': 'dob_text', 'DOB_LAST': 'last_dob_text'}) }}
