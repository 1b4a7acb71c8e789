-- 189: no SDQ score and no reason for a missing score for a young person whose 17th birthday
-- came before 1 April (DfE: date of birth more than 17 years before the collection start), that
-- is who was already 17 on 31 March of the previous year.
{{ single_table_rule('189', 'oc2',
    where="dob is not null
        and " ~ age_in_years('dob', dbt.dateadd('day', -1, collection_start())) ~ " >= 17
        and (sdq_score is not null or sdq_reason is not null)",
    values={'DOB': 'dob_text', 'SDQ_SCORE': 'sdq_score', 'SDQ_REASON': 'sdq_reason'}) }}
