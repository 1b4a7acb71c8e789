-- 442: a child with an episode under a legal status other than V3 or V4 (a blank status
-- included) must have a UPN (or one of the codes UN1-UN5). Reported in the Header.
{{ single_table_rule('442', 'header',
    where="upn is null and exists ("
        ~ "select 1 from " ~ ref('ssda903__episodes') ~ " as episodes"
        ~ " where episodes.la_code = header.la_code"
        ~ " and episodes.collection_year = header.collection_year"
        ~ " and episodes.child = header.child"
        ~ " and coalesce(episodes.ls, '') not in ('V3', 'V4'))",
    values={'UPN': 'upn'}) }}
