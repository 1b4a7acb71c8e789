-- 566: an incident with an end date says whether the child was missing or away (MISSING).
{{ incident_date_without_missing_type('566', 'MIS_END') }}
