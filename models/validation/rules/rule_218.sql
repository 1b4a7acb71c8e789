-- 218: an Ofsted URN is required for a placement in a registered setting, that is any
-- placement type except P1, P3, R1, R2, R5, T0-T4 and Z1 (to 2024-25) or Z11-Z14 (from
-- 2025-26), made in England, in an episode open at some time after 31 March 2015 (here: not
-- ceased before the collection year began; an end date that does not parse is not checked).
-- Placements outside England (PL_LA NIR, SCO or WAL, derived from the ONS postcode directory)
-- need no URN; where PL_LA cannot be derived (postcode not in the directory, or the directory
-- not loaded) the placement postcode's area stands in for it (macro placement_outside_england).
{{ single_table_rule('218', 'episodes', model='int_ssda903__placement_la',
    where="urn is null
        and (dec_text is null or dec >= " ~ collection_start() ~ ")
        and not coalesce(pl_la in ('NIR', 'SCO', 'WAL'), "
        ~ placement_outside_england('pl_post') ~ ")
        and coalesce(place, '') not in (
            'P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4'
        )
        and not (collection_year < '2025-26' and coalesce(place, '') = 'Z1')
        and not (
            collection_year >= '2025-26'
            and coalesce(place, '') in ('Z11', 'Z12', 'Z13', 'Z14')
        )",
    values={'PLACE': 'place', 'PL_POST': 'pl_post', 'URN': 'urn', 'DEC': 'dec_text'}) }}
