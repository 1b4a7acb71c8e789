-- 709: a child under a DoLO is expected to be placed in a children's home (K2) or in one of the
-- two other placements DfE lists for it (Z12, Z13, other placement sub-codes): every episode
-- overlapping a DoLO of the child (DoLO from DOLO_START to DOLO_END, or on when DOLO_END is
-- blank; episode from DECOM to DEC, or on when DEC is blank) whose placement type is another,
-- blank included, fails, and so does the DoLO.
{{ dolo_placements('709', "coalesce(episodes.place, '') not in ('K2', 'Z12', 'Z13')") }}
