-- Deprivation of liberty orders (CDM contract): one per 'DoL Order' form.
{{ cms_form_contract_model('dol order', [
    ('started_on', 'orderstartdate', 'answer_date'),
    ('ended_on', 'orderenddate', 'answer_date'),
]) }}
