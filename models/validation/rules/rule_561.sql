-- 561: a decision that last year's return recorded as ceased (DATE_PLACED_CEASED or
-- REASON_PLACED_CEASED given) cannot be this year's decision: a record of this year with the
-- same DATE_PLACED as such a record of last year fails.
{{ placed_adoption_against_last_year(
    '561',
    condition='(last_year.date_placed_ceased_text is not null'
        ~ ' or last_year.reason_placed_ceased is not null)'
        ~ ' and ' ~ same_landed_date('this_year.date_placed', 'last_year.date_placed')
) }}
