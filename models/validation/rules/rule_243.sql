-- 243: only placements with providers registered with Ofsted, which are in England, report a URN: a
-- placement in Scotland, Wales or Northern Ireland (PL_LA NIR, SCO or WAL, derived from the ONS
-- postcode directory) has none. Where PL_LA cannot be derived (postcode not in the directory, or
-- the directory not loaded) the placement postcode's area stands in for it (macro
-- placement_outside_england). DfE's PL_LA outside England is CON, NIR, SCO, WAL or NUK; the ONS
-- postcode directory gives NIR, SCO and WAL.
{{ single_table_rule('243', 'episodes', model='int_ssda903__placement_la',
    where="urn is not null
        and coalesce(pl_la in ('NIR', 'SCO', 'WAL'), "
        ~ placement_outside_england('pl_post') ~ ")",
    values={'PL_POST': 'pl_post', 'URN': 'urn'}) }}
