-- 227: where a URN is given (not XXXXXXX) and the Ofsted provider lists give it a registration
-- end (closed or deregistration date; the earliest, if its rows give several), the episode must
-- start (DECOM) before that date: a DECOM on or after it fails. A DECOM that does not parse, a
-- URN not in the lists or without an end date, and an end date that is not a date are not
-- checked. Without the lists loaded nothing is checked.
{{ ofsted_urn_rule('227',
    where="provider_reg_end is not null and decom >= provider_reg_end",
    values={'DECOM': 'decom_text'}) }}
