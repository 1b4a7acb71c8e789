-- 164: the placement distance DfE derives from the home and placement postcodes (PL_DISTANCE) must
-- be between 0.0 and 999.9 miles for an episode not under legal status V3 or V4, unless the child
-- is or was an unaccompanied asylum-seeking child (UASC). DfE's coding reads UASC in this year's
-- return and the two before; we read every earlier return the warehouse holds (the reference
-- validator reads this year's and last year's). A distance that cannot be derived (a postcode
-- blank or not in the directory) is not checked here: 392a reports it.
{{ uasc_history_rule('164',
    where="coalesce(ls, '') not in ('V3', 'V4') and (pl_distance < 0 or pl_distance > 999.9)",
    values={'LS': 'ls', 'PL_DISTANCE': 'pl_distance'}) }}
