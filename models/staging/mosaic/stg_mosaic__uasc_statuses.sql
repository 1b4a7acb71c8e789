-- UASC statuses (CDM contract): one per 'UASC Status' form.
{{ cms_form_contract_model('UASC Status', [
    ('started_on', 'Date UASC status started', 'date_answer'),
    ('ended_on', 'Date UASC status ceased', 'date_answer'),
]) }}
