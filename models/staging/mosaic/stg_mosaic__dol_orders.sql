-- Deprivation of liberty orders (CDM contract): one per 'Deprivation of Liberty Order' form.
{{ cms_form_contract_model('Deprivation of Liberty Order', [
    ('started_on', 'Date order started', 'date_answer'),
    ('ended_on', 'Date order ended', 'date_answer'),
]) }}
