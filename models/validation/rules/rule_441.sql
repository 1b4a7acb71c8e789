-- 441: a participation code for a child aged 4 or over (PN1-PN7) is used, but the review is
-- before the child's 4th birthday. Rows where either date does not parse are skipped.
{{ single_table_rule('441', 'reviews',
    where="review_code in ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
        and review < " ~ dbt.dateadd('year', 4, 'dob'),
    values={'DOB': 'dob_text', 'REVIEW': 'review_text', 'REVIEW_CODE': 'review_code'}) }}
