-- 226: for a temporary placement (T0-T4) no reason for placement change is recorded, neither
-- on that episode nor on the episode before it. Episodes are ordered by start date (blank or
-- unparseable start dates last).
{{ single_table_rule('226', 'episodes', model='int_validation__episode_sequence',
    where="place in ('T0', 'T1', 'T2', 'T3', 'T4')
        and (reason_place_change is not null or previous_reason_place_change is not null)",
    values={
        'PLACE': 'place',
        'REASON_PLACE_CHANGE': 'reason_place_change',
        'PREVIOUS_REASON_PLACE_CHANGE': 'previous_reason_place_change'
    }) }}
