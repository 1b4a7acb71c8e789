-- 420: an episode under legal status V3 or V4 (short breaks) should have no placement LA: it fails
-- when PL_LA can be derived, that is when its placement postcode is in the ONS directory.
{{ single_table_rule('420', 'episodes',
    where="ls in ('V3', 'V4') and pl_la is not null",
    values={'LS': 'ls', 'PL_LA': 'pl_la'},
    model='int_ssda903__placement_la') }}
