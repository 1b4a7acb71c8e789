-- CDM placements from LCS FACT_CLA_PLACEMENT (DfE codes, cleaned of case and stray spaces).
-- A placement LCS wrote as two contiguous rows for the same carer stays split here (the
-- reason for change on the last part only): the CDM layer merges contiguous identical rows.

with

placements as (

    {{ cms_person_rows('lcs', 'fact_cla_placement', 'base_lcs__persons', 'dim_person_id') }}

)

select
    placements.la_code,
    placements.child_id,
    {{ trim_spaces('placements.fact_cla_placement_id') }} as placement_id,
    {{ cms_date('placements.start_dttm') }} as started_on,
    {{ cms_date('placements.end_dttm') }} as ended_on,
    {{ clean_code('placements.dim_lookup_placement_type_code') }} as placement_type_code,
    {{ clean_code('placements.dim_lookup_placement_provider_code') }} as placement_provider_code,
    {{ clean_text('placements.ofsted_urn') }} as provider_urn,
    {{ clean_postcode('placements.postcode') }} as placement_postcode,
    {{ clean_text('placements.carer_id') }} as carer_id,
    {{ clean_code('placements.dim_lookup_plac_chng_reas_code') }} as reason_changed_code
from placements
