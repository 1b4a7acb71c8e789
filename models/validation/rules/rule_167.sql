-- 167: a review must have a valid participation code (PN0-PN7 in the year's code list); a row
-- with neither a review date nor a code is left to rule 166, and a code given without a
-- review date is reported.
{{ single_table_rule('167', 'reviews', listed_field='REVIEW_CODE',
    where="not (review_text is null and review_code is null)
        and (review_text is null or listed_code is null)",
    values={'REVIEW': 'review_text', 'REVIEW_CODE': 'review_code'}) }}
