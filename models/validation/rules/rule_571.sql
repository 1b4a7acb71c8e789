-- 571: an incident's end date, when given, falls within the collection year (1 April to
-- 31 March).
{{ single_table_rule('571', 'missing',
    where="mis_end < " ~ collection_start() ~ " or mis_end > " ~ collection_end(),
    values={'MIS_END': 'mis_end_text'}) }}
