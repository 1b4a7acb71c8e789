-- 392b: an episode of a child looked after (not respite care under V3 or V4; a blank legal status
-- is not exempt) needs both the home and the placement postcode, unless the child is or was an
-- unaccompanied asylum-seeking child (UASC): UASC in this year's return or in any earlier return
-- the warehouse holds (int_validation__former_uasc). DfE's coding reads this year and the two
-- before, the reference validator this year and last year only. A child counts as UASC in a year
-- when it is in that year's UASC table or its header says UASC = 1 (XML returns).
{{ uasc_history_rule('392b',
    where="coalesce(ls, '') not in ('V3', 'V4') and (home_post is null or pl_post is null)",
    values={'LS': 'ls', 'HOME_POST': 'home_post', 'PL_POST': 'pl_post'}) }}
