-- 702: a DoLO must end after the day it started: an end date on or before the start date is
-- reported. Rows where either date is blank or does not parse are left to rules 700 and 701.
{{ single_table_rule('702', 'dolo',
    where="dolo_end <= dolo_start",
    values={'DOLO_START': 'dolo_start_text', 'DOLO_END': 'dolo_end_text'}) }}
