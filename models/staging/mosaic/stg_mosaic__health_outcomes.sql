-- Health outcomes (CDM contract): one per 'SSDA903 Health Outcomes' form (a year's OC2 items).
{{ cms_form_contract_model('SSDA903 Health Outcomes', [
    ('year_ending_on', 'Year ending', 'date_answer'),
    ('sdq_score', 'SDQ score', 'text_answer'),
    ('sdq_reason_code', 'Reason SDQ not completed', 'upper(text_answer)'),
    ('convicted', 'Convicted during the year', 'text_answer'),
    ('health_check', 'Health check up to date', 'text_answer'),
    ('immunisations', 'Immunisations up to date', 'text_answer'),
    ('teeth_check', 'Teeth checked', 'text_answer'),
    ('health_assessment', 'Health assessment up to date', 'text_answer'),
    ('substance_misuse', 'Substance misuse problem', 'text_answer'),
    ('intervention_received', 'Received intervention', 'text_answer'),
    ('intervention_offered', 'Offered intervention', 'text_answer'),
]) }}
