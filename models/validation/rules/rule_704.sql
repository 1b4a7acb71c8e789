-- 704: a DoLO's end date, where given, must be within the collection year (1 April to
-- 31 March).
{{ single_table_rule('704', 'dolo',
    where="dolo_end < " ~ collection_start() ~ " or dolo_end > " ~ collection_end(),
    values={'DOLO_END': 'dolo_end_text'}) }}
