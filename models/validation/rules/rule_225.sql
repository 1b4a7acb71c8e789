-- 225: when an episode ends with X1 and the next episode of the child changes placement (RNE
-- P, B, T or U), neither placement being temporary (T0-T4), the ending episode must record the
-- reason for the placement change. Episodes are ordered by start date (blank or unparseable
-- start dates last).
{{ single_table_rule('225', 'episodes', model='int_validation__episode_sequence',
    where="rec = 'X1'
        and reason_place_change is null
        and coalesce(place, '') not in ('T0', 'T1', 'T2', 'T3', 'T4')
        and next_rne in ('P', 'B', 'T', 'U')
        and coalesce(next_place, '') not in ('T0', 'T1', 'T2', 'T3', 'T4')",
    values={
        'REC': 'rec',
        'REASON_PLACE_CHANGE': 'reason_place_change',
        'PLACE': 'place',
        'NEXT_RNE': 'next_rne',
        'NEXT_PLACE': 'next_place'
    }) }}
