-- 529: other public organisations (provider PR3) cannot provide placements with parents
-- (P1), for adoption (A3-A6), in children's homes (K1, K2) or in foster care (U1-U6).
{{ provider_excludes_placements('529', 'PR3', [
    'P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'
]) }}
