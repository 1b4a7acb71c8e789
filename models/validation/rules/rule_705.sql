-- 705: a DoLO cannot start while the child's previous DoLO is still open. Each child's DoLOs are
-- taken in order of start date; one is reported when the one before it has no valid end date (blank
-- or not a date) or ends after it starts (ending the day it starts is allowed). DoLOs whose start
-- does not parse cannot be placed in the order and are left to rule 700.
{{ starts_before_previous_ends(
    '705', 'dolo', start='dolo_start', end='dolo_end',
    order_by='dolo_start, dolo_end nulls last, _source_row',
    values={'DOLO_START': 'dolo_start_text', 'PREVIOUS_DOLO_END': 'previous_end_text'},
    where='dolo_start is not null'
) }}
