-- Health outcomes (CDM contract): one per 'SSDA903 Health Outcomes' form (a year's OC2 items).
with

forms as (

    {{ cms_form_answers('mosaic', 'SSDA903 Health Outcomes', [
        ('year_ending_on', 'Year ending', 'date_answer'),
        ('sdq_score', 'SDQ score', 'text_answer'),
        ('sdq_reason_code', 'Reason SDQ not completed', 'upper(text_answer)'),
        ('convicted', 'Convicted during the year', 'text_answer'),
        ('health_check', 'Health check up to date', 'text_answer'),
        ('immunisations', 'Immunisations up to date', 'text_answer'),
        ('teeth_check', 'Teeth checked', 'text_answer'),
        ('health_assessment', 'Health assessment up to date', 'text_answer'),
        ('substance_misuse', 'Substance misuse problem', 'text_answer'),
        ('intervention_received', 'Received intervention', 'text_answer'),
        ('intervention_offered', 'Offered intervention', 'text_answer'),
    ]) }}

)

select
    la_code,
    child_id,
    year_ending_on,
    sdq_score,
    sdq_reason_code,
    convicted,
    health_check,
    immunisations,
    teeth_check,
    health_assessment,
    substance_misuse,
    intervention_received,
    intervention_offered
from forms
