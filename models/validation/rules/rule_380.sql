-- 380: a temporary placement (T0-T4) cannot open a period of care: its episode must be a
-- change of placement and carer (RNE P) or of legal status and placement (RNE B). A blank
-- RNE does not show either, so it fails.
{{ single_table_rule('380', 'episodes',
    where="place in ('T0', 'T1', 'T2', 'T3', 'T4') and coalesce(rne, '') not in ('P', 'B')",
    values={'PLACE': 'place', 'RNE': 'rne'}) }}
