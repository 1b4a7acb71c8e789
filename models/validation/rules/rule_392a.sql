-- 392a: an episode of a child looked after (legal status other than V3 or V4; a blank legal status
-- is not exempt) needs a placement distance (PL_DISTANCE, which DfE derives from the home and
-- placement postcodes: missing when either is blank or not in the ONS directory), unless the
-- child is or was an unaccompanied asylum-seeking child (UASC). DfE's coding reads UASC in this
-- year's return and the two before; we read every earlier return the warehouse holds.
{{ uasc_history_rule('392a',
    where="postcode_directory_loaded and coalesce(ls, '') not in ('V3', 'V4')"
        ~ " and pl_distance is null",
    values={'LS': 'ls', 'HOME_POST': 'home_post', 'PL_POST': 'pl_post'}) }}
