-- 708: a DoLO must start after the child's date of birth (as given in the DoLO table); a
-- start on or before it is reported. Rows where either date does not parse are skipped.
{{ single_table_rule('708', 'dolo',
    where="dolo_start <= dob",
    values={'DOB': 'dob_text', 'DOLO_START': 'dolo_start_text'}) }}
