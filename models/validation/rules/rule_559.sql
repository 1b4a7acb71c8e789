-- 559: a decision that the child should be placed for adoption dated before this collection
-- year (DATE_PLACED parses and is before 1 April) should have been in last year's return: the
-- record fails when last year's return of the council is in the warehouse and has no
-- PlacedAdoption record of the child with a DATE_PLACED that parses.
{{ placed_adoption_against_last_year(
    '559',
    condition='last_year.date_placed is not null',
    fails_when='none',
    where='this_year.date_placed < ' ~ collection_start('this_year.collection_year')
) }}
