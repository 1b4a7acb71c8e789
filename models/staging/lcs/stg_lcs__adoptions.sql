-- CDM adoptions from LCS FACT_ADOPTION: the foster-to-adopt 'Yes'/'No' flag mapped to 1/0 by
-- local_code_map (domain yes_no; 'NA' is blank).

with

adoptions as (

    {{ cms_person_rows('lcs', 'fact_adoption', 'base_lcs__persons', 'dim_person_id') }}

)

select
    adoptions.la_code,
    adoptions.child_id,
    trim(adoptions.fact_cla_id) as period_of_care_id,
    {{ cms_date('adoptions.decision_dttm') }} as decided_on,
    {{ cms_date('adoptions.matching_dttm') }} as matched_on,
    {{ local_code('fa', "nullif(upper(trim(adoptions.foster_to_adopt)), 'NA')") }}
        as fostered_by_adopters,
    nullif(trim(adoptions.number_of_adopters), '') as number_of_adopters,
    nullif(upper(trim(adoptions.dim_lookup_adopter_gender_code)), '') as adopter_sex_code,
    nullif(
        upper(trim(adoptions.dim_lookup_adopter_legal_status_code)), ''
    ) as adopter_legal_status_code
from adoptions
{{ local_code_joins('fa', 'lcs', 'yes_no', 'adoptions.foster_to_adopt', 'adoptions._la_code') }}
