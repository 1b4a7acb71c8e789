{{ config(materialized='view') }}
-- Every child looked after at the end of each month of a collection year, as that year's return
-- sees it (macro looked_after_snapshots): one row per council, time period, month end and child.
-- The 31 March rows (is_31_march) are DfE's stock, built as a table of their own in
-- analytics__looked_after_31_march, which the measures read; the other month ends give the
-- in-year trend a council watches between returns, computed when queried (a view).
{{ looked_after_snapshots(range(1, 13)) }}
