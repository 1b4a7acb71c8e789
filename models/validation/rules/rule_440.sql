-- 440: participation code PN0 (child under 4) is used, but the review is after the child's 4th
-- birthday (on the birthday itself it passes). Rows where the date of birth or review date does not
-- parse are skipped.
{{ single_table_rule('440', 'reviews',
    where="review_code = 'PN0' and review > " ~ dbt.dateadd('year', 4, 'dob'),
    values={'DOB': 'dob_text', 'REVIEW': 'review_text', 'REVIEW_CODE': 'review_code'}) }}
