-- Reviews (CDM contract): one per 'Looked After Review' form, with the child's participation.
{{ cms_form_contract_model('Looked After Review', [
    ('reviewed_on', 'Date of review', 'date_answer'),
    ('participation_code', 'Participation', 'upper(text_answer)'),
]) }}
