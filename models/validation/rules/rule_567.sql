-- 567: an incident does not end before it starts. Dates that do not parse are left to 1004
-- and 1005.
{{ single_table_rule('567', 'missing',
    where="mis_end < mis_start",
    values={'MIS_START': 'mis_start_text', 'MIS_END': 'mis_end_text'}) }}
