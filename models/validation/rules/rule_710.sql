-- 710: a child under a DoLO cannot be placed in a secure children's home (K1), with parents (P1),
-- in a young offender institution (R5) or in supported accommodation (K3): every episode
-- overlapping a DoLO of the child (DoLO from DOLO_START to DOLO_END, or on when DOLO_END is
-- blank; episode from DECOM to DEC, or on when DEC is blank) with one of those placement types
-- fails, and so does the DoLO.
{{ dolo_placements('710', "episodes.place in ('K1', 'P1', 'R5', 'K3')") }}
