-- 406: for a child who is or was an unaccompanied asylum-seeking child (UASC) the placement
-- distance should be blank: an episode fails when DfE's derived PL_DISTANCE exists, that is when
-- both its home and placement postcodes are in the ONS directory. UASC in this year's return or in
-- any earlier return the warehouse holds (DfE's coding reads this year and the two before; the
-- reference validator this year and last year). Any legal status.
{{ uasc_history_rule('406',
    where="pl_distance is not null",
    values={'HOME_POST': 'home_post', 'PL_POST': 'pl_post', 'PL_DISTANCE': 'pl_distance'},
    former_uasc=true) }}
