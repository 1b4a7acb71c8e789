-- 169: an episode not under legal status V3 or V4 (a blank legal status is not exempt) needs a
-- placement LA (PL_LA), which DfE derives from the placement postcode with the ONS directory: the
-- episode fails when the placement postcode is blank or not in the directory. With no directory
-- loaded every such episode fails.
{{ single_table_rule('169', 'episodes',
    where="postcode_directory_loaded and coalesce(ls, '') not in ('V3', 'V4') and pl_la is null",
    values={'LS': 'ls', 'PL_POST': 'pl_post'},
    model='int_ssda903__placement_la') }}
