-- Adoption decisions (CDM contract): one per 'Adoption Decision' form, the reason a decision
-- was reversed mapped.
{{ cms_form_contract_model('adoption decision', [
    ('decided_on', 'agencydecisiondate', 'answer_date'),
    ('reversed_on', 'decisionreverseddate', 'answer_date'),
    ('reversal_reason_code', 'decisionreversedreason', 'code'),
]) }}
