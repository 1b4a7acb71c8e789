-- 577: a child who has ceased to be looked after cannot still be missing: a Missing record with
-- a start date (MIS_START parses) and no end date (MIS_END blank) fails unless it falls in a
-- period of care that is still open (no DEC on its last episode) and began on or before
-- MIS_START. Children with no dated episode in the return are not judged.
{{ open_record_after_care_ceased('577', 'missing', 'MIS_START', 'MIS_END') }}
