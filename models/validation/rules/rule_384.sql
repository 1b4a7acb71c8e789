-- 384: an episode of respite care (legal status V3 or V4) cannot be a long-term foster
-- placement (U1 or U4).
{{ single_table_rule('384', 'episodes',
    where="ls in ('V3', 'V4') and place in ('U1', 'U4')",
    values={'LS': 'ls', 'PLACE': 'place'}) }}
