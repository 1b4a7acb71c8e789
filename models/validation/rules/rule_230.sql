-- 230 (2023-24): from 28 October 2023, semi-independent living (placement H5) in England is
-- Ofsted-registered supported accommodation and needs the provider's URN. An H5 episode still
-- running on 29 October 2023 (DEC blank, not a valid date, or on or after that day) fails when
-- its URN is blank or XXXXXXX and its placement LA, derived from the placement postcode, is in
-- England (not SCO, WAL or NIR). A placement whose LA cannot be derived (postcode blank or not
-- in the ONS directory, or no directory loaded) is not shown to be English and passes: rule 169
-- reports it.
{{ single_table_rule('230', 'episodes',
    where="place = 'H5'
        and (dec is null or dec >= cast('2023-10-29' as date))
        and coalesce(urn, 'XXXXXXX') = 'XXXXXXX'
        and pl_la is not null
        and pl_la not in ('SCO', 'WAL', 'NIR')",
    values={'PLACE': 'place', 'DEC': 'dec_text', 'URN': 'urn'},
    model='int_ssda903__placement_la') }}
