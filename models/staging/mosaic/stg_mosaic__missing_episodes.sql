-- Missing episodes (CDM contract): one per 'Child Absent or Missing (Document)' form, the
-- 'Missing'/'Absent' answer mapped to M/A (local_code_map seed).
{{ cms_form_contract_model('Child Absent or Missing (Document)', [
    ('missing_type_code', 'Missing or absent', 'code'),
    ('started_on', 'Date missing from', 'date_answer'),
    ('ended_on', 'Date found or returned', 'date_answer'),
]) }}
