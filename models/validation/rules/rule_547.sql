-- 547: a child whose health surveillance checks are up to date (HEALTH_CHECK = 1) has
-- immunisations, teeth check, health assessment and substance misuse all given.
{{ oc2_core_items_required_by('547', 'health_check') }}
