-- 188: no SDQ score and no reason for a missing score for a child under 4 on 31 March.
-- A date of birth that does not parse skips the record (its own rule reports it).
{{ single_table_rule('188', 'oc2',
    where="dob is not null
        and " ~ age_in_years('dob', collection_end()) ~ " < 4
        and (sdq_score is not null or sdq_reason is not null)",
    values={'DOB': 'dob_text', 'SDQ_SCORE': 'sdq_score', 'SDQ_REASON': 'sdq_reason'}) }}
