-- Health outcomes (CDM contract): one per 'Health Outcomes' form (the OC2 items of a year),
-- SDQ reason and the Yes/No items mapped; unanswered items are null.
{{ cms_form_contract_model('health outcomes', [
    ('year_ending_on', 'yearending', 'answer_date'),
    ('sdq_score', 'sdqscore', 'answer_value'),
    ('sdq_reason_code', 'sdqreason', 'code'),
    ('convicted', 'convicted', 'code'),
    ('health_check', 'healthcheck', 'code'),
    ('immunisations', 'immunisations', 'code'),
    ('teeth_check', 'teethcheck', 'code'),
    ('health_assessment', 'healthassessment', 'code'),
    ('substance_misuse', 'substancemisuse', 'code'),
    ('intervention_received', 'interventionreceived', 'code'),
    ('intervention_offered', 'interventionoffered', 'code'),
]) }}
