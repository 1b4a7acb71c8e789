-- 393: a girl (SEX F; 2 up to 2023-24) who is looked after in the year, that is who has an
-- episode under a legal status other than V3 or V4 (short breaks; a blank status counts as
-- looked after), must have MOTHER completed. Reported in the Header.
{{ single_table_rule('393', 'header',
    where=sex_letter('sex', 'collection_year') ~ " = 'F' and mother is null and exists ("
        ~ "select 1 from " ~ ref('ssda903__episodes') ~ " as episodes"
        ~ " where episodes.la_code = header.la_code"
        ~ " and episodes.collection_year = header.collection_year"
        ~ " and episodes.child = header.child"
        ~ " and coalesce(episodes.ls, '') not in ('V3', 'V4'))",
    values={'SEX': 'sex', 'MOTHER': 'mother'}) }}
