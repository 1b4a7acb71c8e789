-- 1008: an Ofsted URN, where given and other than XXXXXXX (no Ofsted registration), must be a
-- URN of the Ofsted provider lists (children's homes; social care providers, current and
-- closed), compared trimmed and in upper case. Without the lists loaded nothing is checked, as
-- the reference validator skips its URN rules without them.
{{ ofsted_urn_rule('1008', where='provider_urn is null') }}
