-- 560: a decision that last year's return gave (DATE_PLACED) and did not cease
-- (DATE_PLACED_CEASED blank) has not changed, so this year's records of the child must carry
-- the same DATE_PLACED: a record of this year whose date differs (or is blank) fails.
{{ placed_adoption_against_last_year(
    '560',
    condition='last_year.date_placed_text is not null'
        ~ ' and last_year.date_placed_ceased_text is null'
        ~ ' and not ' ~ same_landed_date('this_year.date_placed', 'last_year.date_placed')
) }}
