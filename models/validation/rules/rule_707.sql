-- 707: a child who has ceased to be looked after cannot have a DoLO still running: a DoLO with a
-- start date (DOLO_START parses) and no end date (DOLO_END blank) fails unless it falls in a
-- period of care that is still open (no DEC on its last episode) and began on or before
-- DOLO_START. Children with no dated episode in the return are not judged.
{{ open_record_after_care_ceased('707', 'dolo', 'DOLO_START', 'DOLO_END') }}
