-- 207: a child recorded as a mother (MOTHER 1) in last year's Header who has an episode this
-- year must still be recorded as a mother: MOTHER other than 1 (blank included) fails.
{{ header_previous_year_rule('207',
    where="last_mother = '1' and coalesce(mother, '') <> '1' and exists ("
        ~ "select 1 from " ~ ref('ssda903__episodes') ~ " as episodes"
        ~ " where episodes.la_code = header.la_code"
        ~ " and episodes.collection_year = header.collection_year"
        ~ " and episodes.child = header.child)",
    values={'MOTHER': 'mother', 'MOTHER_LAST': 'last_mother'}) }}
