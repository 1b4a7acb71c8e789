-- Reviews (CDM contract): one per 'CLA Review' form, the child's participation mapped.
{{ cms_form_contract_model('cla review', [
    ('reviewed_on', 'dateofmeeting', 'answer_date'),
    ('participation_code', 'childparticipation', 'code'),
]) }}
