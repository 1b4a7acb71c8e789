-- 242: the placeholder URN XXXXXXX (regional adoption agencies) only goes with adoption
-- (A3-A6) or foster (U1-U6) placements.
{{ single_table_rule('242', 'episodes',
    where="urn = 'XXXXXXX'
        and coalesce(place, '') not in (
            'A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'
        )",
    values={'URN': 'urn', 'PLACE': 'place'}) }}
