-- 1015: a placement with the LA's own provision (PLACE_PROVIDER PR1) must be in the responsible
-- LA: the placement LA derived from the placement postcode (PL_LA) must be the LA itself, and an
-- episode whose PL_LA cannot be derived (postcode blank or not in the ONS directory) fails too.
-- Not checked: placements for adoption and with foster carers (A3-A6, U1-U6), from 2025-26 also
-- supported accommodation (K3); legal status V3 or V4; a blank legal status or placement type.
{{ single_table_rule('1015', 'episodes',
    where="postcode_directory_loaded and place_provider = 'PR1'"
        ~ " and ls is not null and place is not null"
        ~ " and ls not in ('V3', 'V4')"
        ~ " and place not in ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')"
        ~ " and not (place = 'K3' and " ~ collection_start_year() ~ " >= 2025)"
        ~ " and coalesce(pl_la, '') != la_code",
    values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider', 'PL_LA': 'pl_la'},
    model='int_ssda903__placement_la') }}
