-- 576: a missing or away-from-placement period still open at the end of last year's return (of
-- the same LA) must be carried on at the start of this year's: the child's first Missing record
-- this year must start on the same date as last year's open record. Fails on that first record
-- when it starts on another date, and on last year's open record when this year's return has no
-- Missing record for the child.
{{ open_last_year_not_carried_on('576', 'missing', 'MIS_START', 'MIS_END') }}
