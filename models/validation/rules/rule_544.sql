-- 544: a child recorded as convicted (CONVICTED = 1) has immunisations, teeth check, health
-- assessment and substance misuse all given.
{{ oc2_core_items_required_by('544', 'convicted') }}
