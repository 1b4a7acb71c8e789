-- 703: a DoLO must not start after the end of the collection year (31 March).
{{ single_table_rule('703', 'dolo',
    where="dolo_start > " ~ collection_end(),
    values={'DOLO_START': 'dolo_start_text'}) }}
