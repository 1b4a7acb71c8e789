-- Every child looked after on 31 March of a collection year, as that year's return sees it:
-- DfE's stock of children looked after, one row per council, time period and child (macro
-- looked_after_snapshots, the month ends of analytics__looked_after_on_date for month 12 alone).
{{ looked_after_snapshots([12]) }}
