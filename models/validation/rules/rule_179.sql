-- 179: an episode not under legal status V3 or V4 (a blank legal status is not exempt) needs a
-- valid placement location (PL_LOCATION, IN or OUT), which DfE derives from the placement LA: the
-- episode fails when the placement postcode is blank or not in the ONS directory.
{{ single_table_rule('179', 'episodes',
    where="postcode_directory_loaded and coalesce(ls, '') not in ('V3', 'V4')"
        ~ " and pl_location is null",
    values={'LS': 'ls', 'PL_POST': 'pl_post'},
    model='int_ssda903__placement_la') }}
