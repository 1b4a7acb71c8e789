-- Health outcomes (CDM contract): one per 'Health Outcomes' form (the OC2 items of a year),
-- SDQ reason and the Yes/No items mapped; unanswered items are null.
{%- set yes_no_items = [
    ('convicted', 'convicted'),
    ('health_check', 'healthcheck'),
    ('immunisations', 'immunisations'),
    ('teeth_check', 'teethcheck'),
    ('health_assessment', 'healthassessment'),
    ('substance_misuse', 'substancemisuse'),
    ('intervention_received', 'interventionreceived'),
    ('intervention_offered', 'interventionoffered'),
] %}
{%- set answers = [
    ('year_ending_on', 'yearending', 'answer_date'),
    ('sdq_score', 'sdqscore', 'answer_value'),
    ('sdq_reason_value', 'sdqreason', 'answer_value'),
] %}
{%- for item, control in yes_no_items %}
    {%- do answers.append((item ~ '_value', control, 'answer_value')) %}
{%- endfor %}
with

forms as (

    {{ cms_form_answers('eclipse', 'health outcomes', answers) }}

)

select
    forms.la_code,
    forms.child_id,
    forms.year_ending_on,
    forms.sdq_score,
    {{ local_code('sdq', 'forms.sdq_reason_value') }} as sdq_reason_code,
    {{ local_code('convicted', 'forms.convicted_value') }} as convicted,
    {{ local_code('health_check', 'forms.health_check_value') }} as health_check,
    {{ local_code('immunisations', 'forms.immunisations_value') }} as immunisations,
    {{ local_code('teeth_check', 'forms.teeth_check_value') }} as teeth_check,
    {{ local_code('health_assessment', 'forms.health_assessment_value') }} as health_assessment,
    {{ local_code('substance_misuse', 'forms.substance_misuse_value') }} as substance_misuse,
    {{ local_code('intervention_received', 'forms.intervention_received_value') }}
        as intervention_received,
    {{ local_code('intervention_offered', 'forms.intervention_offered_value') }}
        as intervention_offered
from forms
{{ local_code_joins('sdq', 'eclipse', 'sdq_reason', 'forms.sdq_reason_value', 'forms.la_code') }}
{% for item, _ in yes_no_items -%}
    {{ local_code_joins(item, 'eclipse', 'yes_no', 'forms.' ~ item ~ '_value', 'forms.la_code') }}
{% endfor %}
