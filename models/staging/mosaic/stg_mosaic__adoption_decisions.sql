-- Adoption decisions (CDM contract): one per 'Adoption Agency Decision' form.
{{ cms_form_contract_model('Adoption Agency Decision', [
    ('decided_on', 'Date of decision', 'date_answer'),
    ('reversed_on', 'Date decision reversed', 'date_answer'),
    ('reversal_reason_code', 'Reason decision reversed', 'upper(text_answer)'),
]) }}
