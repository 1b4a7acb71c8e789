-- CDM health outcomes (OC2 items) from LCS FACT_903_DATA, one row per child and year end:
-- 'Yes'/'No' flags mapped to 1/0 by local_code_map (domain yes_no); 'NA' and blank are blank.

with

outcomes as (

    {{ cms_person_rows('lcs', 'fact_903_data', 'base_lcs__persons', 'dim_person_id') }}

)

select
    outcomes.la_code,
    outcomes.child_id,
    {{ cms_date('outcomes.year_end_dttm') }} as year_ending_on,
    {{ clean_text('outcomes.sdq_score') }} as sdq_score,
    {{ clean_code('outcomes.sdq_reason') }} as sdq_reason_code,
    convicted.code as convicted,
    health_check.code as health_check,
    immunisations.code as immunisations,
    teeth_check.code as teeth_check,
    health_assessment.code as health_assessment,
    substance_misuse.code as substance_misuse,
    intervention_received.code as intervention_received,
    intervention_offered.code as intervention_offered
from outcomes
{{ cms_coded_join('convicted', 'lcs', 'outcomes', 'convicted') }}
{{ cms_coded_join('health_check', 'lcs', 'outcomes', 'health_check') }}
{{ cms_coded_join('immunisations', 'lcs', 'outcomes', 'immunisations') }}
{{ cms_coded_join('teeth_check', 'lcs', 'outcomes', 'teeth_check') }}
{{ cms_coded_join('health_assessment', 'lcs', 'outcomes', 'health_assessment') }}
{{ cms_coded_join('substance_misuse', 'lcs', 'outcomes', 'substance_misuse') }}
{{ cms_coded_join('intervention_received', 'lcs', 'outcomes', 'intervention_received') }}
{{ cms_coded_join('intervention_offered', 'lcs', 'outcomes', 'intervention_offered') }}
