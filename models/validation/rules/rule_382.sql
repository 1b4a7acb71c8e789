-- 382: an episode of respite care (legal status V3 or V4) cannot be in a temporary
-- placement (T0-T4).
{{ single_table_rule('382', 'episodes',
    where="ls in ('V3', 'V4') and place in ('T0', 'T1', 'T2', 'T3', 'T4')",
    values={'LS': 'ls', 'PLACE': 'place'}) }}
