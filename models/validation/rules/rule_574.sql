-- 574: a child's missing/away incidents do not overlap, and none starts while an earlier one is
-- still open. The incidents of a child are put in order of end date (an open incident, with no
-- end date, takes its start date), then start date; an incident fails when the one before it in
-- that order is open (no end date, or one that does not parse) or ends after it starts.
-- Incidents derived from a CMS extract, which have no file row, are not checked: the previous
-- incident has always been found by its file row.
{{ starts_before_previous_ends(
    '574', 'missing', start='mis_start', end='mis_end',
    order_by='coalesce(mis_end, mis_start) nulls last, mis_start nulls last, _source_row',
    values={'MIS_START': 'mis_start_text', 'MIS_END': 'mis_end_text'},
    where='_source_row is not null'
) }}
