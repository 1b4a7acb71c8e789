-- Missing episodes (CDM contract): one per 'Missing Or Absent Episode' form; 'Missing' and
-- 'Absent' mapped to M and A; an episode not yet over has no found date.
{{ cms_form_contract_model('missing or absent episode', [
    ('missing_type_code', 'absencetype', 'code'),
    ('started_on', 'datechildlastseen', 'answer_date'),
    ('ended_on', 'foundreportdate', 'answer_date'),
]) }}
