-- 565: an incident with a start date says whether the child was missing or away (MISSING).
{{ incident_date_without_missing_type('565', 'MIS_START') }}
