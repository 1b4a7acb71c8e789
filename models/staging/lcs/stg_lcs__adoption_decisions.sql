-- CDM adoption decisions from LCS FACT_ADOPTION_DECISION (decision, reversal and its reason).

with

decisions as (

    {{ cms_person_rows('lcs', 'fact_adoption_decision', 'base_lcs__persons', 'dim_person_id') }}

)

select
    decisions.la_code,
    decisions.child_id,
    {{ cms_date('decisions.decision_dttm') }} as decided_on,
    {{ cms_date('decisions.no_longer_placed_dttm') }} as reversed_on,
    {{ clean_code('decisions.dim_lookup_no_longer_placed_reason_code') }} as reversal_reason_code
from decisions
