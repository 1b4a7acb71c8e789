-- 381: a temporary placement (T0-T4) cannot close a period of care: when its episode has a
-- reason for ceasing, that reason must be X1 (a new episode follows the same day).
{{ single_table_rule('381', 'episodes',
    where="place in ('T0', 'T1', 'T2', 'T3', 'T4') and rec is not null and rec != 'X1'",
    values={'PLACE': 'place', 'REC': 'rec'}) }}
