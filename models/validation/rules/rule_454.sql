-- 454 (from 2025-26): the placement distance DfE derives from the home and placement postcodes
-- (PL_DISTANCE, miles to one decimal) must not be over 350 miles, 999.9 excepted. DfE's note says
-- children formerly UASC not identified as such give false positives, so children who are or were
-- unaccompanied asylum-seeking children in any return the warehouse holds are not checked (the
-- reference validator checks them too).
{{ uasc_history_rule('454',
    where="pl_distance > 350 and pl_distance != 999.9",
    values={'PL_DISTANCE': 'pl_distance'}) }}
