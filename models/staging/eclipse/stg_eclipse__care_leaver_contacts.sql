-- Care leaver contacts (CDM contract): one per 'Care Leaver Contact' form, in-touch, main
-- activity and accommodation mapped.
{{ cms_form_contract_model('care leaver contact', [
    ('contacted_on', 'contactdate', 'answer_date'),
    ('in_touch_code', 'intouch', 'code'),
    ('activity_code', 'mainactivity', 'code'),
    ('accommodation_code', 'accommodation', 'code'),
]) }}
