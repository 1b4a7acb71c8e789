-- UASC statuses (CDM contract): one per 'UASC Status' form.
{{ cms_form_contract_model('uasc status', [
    ('started_on', 'uascstartdate', 'answer_date'),
    ('ended_on', 'uascenddate', 'answer_date'),
]) }}
