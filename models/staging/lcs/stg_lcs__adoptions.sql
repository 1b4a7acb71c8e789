-- CDM adoptions from LCS FACT_ADOPTION: the foster-to-adopt 'Yes'/'No' flag mapped to 1/0 by
-- local_code_map (domain yes_no; 'NA' is blank).

with

adoptions as (

    {{ cms_person_rows('lcs', 'fact_adoption', 'base_lcs__persons', 'dim_person_id') }}

)

select
    adoptions.la_code,
    adoptions.child_id,
    {{ trim_spaces('adoptions.fact_cla_id') }} as period_of_care_id,
    {{ cms_date('adoptions.decision_dttm') }} as decided_on,
    {{ cms_date('adoptions.matching_dttm') }} as matched_on,
    fostered.code as fostered_by_adopters,
    {{ clean_text('adoptions.number_of_adopters') }} as number_of_adopters,
    {{ clean_code('adoptions.dim_lookup_adopter_gender_code') }} as adopter_sex_code,
    {{ clean_code('adoptions.dim_lookup_adopter_legal_status_code') }} as adopter_legal_status_code
from adoptions
{{ cms_coded_join('fostered', 'lcs', 'adoptions', 'foster_to_adopt') }}
