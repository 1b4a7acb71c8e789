-- 706: a DoLO still open at the end of last year's return (of the same LA) must be carried on at
-- the start of this year's: the child's first DoLO this year must start on the same date as last
-- year's open DoLO. Fails on that first DoLO when it starts on another date, and on last year's
-- open DoLO when this year's return has no DoLO for the child.
{{ open_last_year_not_carried_on('706', 'dolo', 'DOLO_START', 'DOLO_END') }}
