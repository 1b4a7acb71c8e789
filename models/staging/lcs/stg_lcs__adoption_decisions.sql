-- CDM adoption decisions from LCS FACT_ADOPTION_DECISION (decision, reversal and its reason).

with

decisions as (

    {{ cms_current_rows('lcs', 'fact_adoption_decision') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    {{ cms_date('decisions.decision_dttm') }} as decided_on,
    {{ cms_date('decisions.no_longer_placed_dttm') }} as reversed_on,
    nullif(
        upper(trim(decisions.dim_lookup_no_longer_placed_reason_code)), ''
    ) as reversal_reason_code
from decisions
inner join persons
    on
        decisions._la_code = persons.la_code
        and trim(decisions.dim_person_id) = persons.dim_person_id
