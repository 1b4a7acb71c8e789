-- 366: each short-term break under legal status V3 is its own episode, starting care (RNE S):
-- the placement cannot change during a break.
{{ single_table_rule('366', 'episodes',
    where="ls = 'V3' and coalesce(rne, '') != 'S'",
    values={'LS': 'ls', 'RNE': 'rne'}) }}
