-- 628: motherhood details are not required for a care leaver who was not looked after in the
-- year: a child with no episode in the year's return and a care leaver (OC3) record with
-- IN_TOUCH, ACTIV or ACCOM given must have MOTHER blank. Reported in the Header.
{{ single_table_rule('628', 'header',
    where="mother is not null and not exists ("
        ~ "select 1 from " ~ ref('ssda903__episodes') ~ " as episodes"
        ~ " where episodes.la_code = header.la_code"
        ~ " and episodes.collection_year = header.collection_year"
        ~ " and episodes.child = header.child)"
        ~ " and exists (select 1 from " ~ ref('ssda903__oc3') ~ " as oc3"
        ~ " where oc3.la_code = header.la_code"
        ~ " and oc3.collection_year = header.collection_year"
        ~ " and oc3.child = header.child"
        ~ " and (oc3.in_touch is not null or oc3.activ is not null or oc3.accom is not null))",
    values={'MOTHER': 'mother'}) }}
