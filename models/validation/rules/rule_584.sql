-- 584: after a decision that last year's return recorded as ceased (DATE_PLACED given, and
-- DATE_PLACED_CEASED or REASON_PLACED_CEASED given), a decision of this year must be a new one,
-- dated after it: this year's record fails when its DATE_PLACED is blank, or parses and is on
-- or before the ceased decision's date.
{{ placed_adoption_against_last_year(
    '584',
    condition='last_year.date_placed_text is not null'
        ~ ' and (last_year.date_placed_ceased_text is not null'
        ~ ' or last_year.reason_placed_ceased is not null)'
        ~ ' and (this_year.date_placed_text is null'
        ~ ' or this_year.date_placed <= last_year.date_placed)'
) }}
