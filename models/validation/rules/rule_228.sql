-- 228: where a URN is given (not XXXXXXX) and the Ofsted provider lists give it a registration
-- end (the earliest, if its rows give several), an episode that ended must have ended (DEC) on
-- or before that date, and an open episode (no DEC) fails when the registration ended before
-- the collection year's end (31 March), as DfE's note on open episodes at providers that close
-- during the year says. A DEC given but not a date is not compared. Without the lists loaded
-- nothing is checked.
{{ ofsted_urn_rule('228',
    where="provider_reg_end is not null
        and (
            dec > provider_reg_end
            or (dec_text is null and " ~ collection_end() ~ " > provider_reg_end)
        )",
    values={'DEC': 'dec_text'}) }}
