-- 570: an incident does not start after 31 March of the collection year.
{{ single_table_rule('570', 'missing',
    where="mis_start > " ~ collection_end(),
    values={'MIS_START': 'mis_start_text'}) }}
