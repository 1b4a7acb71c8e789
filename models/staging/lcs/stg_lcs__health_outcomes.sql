-- CDM health outcomes (OC2 items) from LCS FACT_903_DATA, one row per child and year end:
-- 'Yes'/'No' flags mapped to 1/0 by local_code_map (domain yes_no); 'NA' and blank are blank.
{%- set flags = ['convicted', 'health_check', 'immunisations', 'teeth_check',
                 'health_assessment', 'substance_misuse', 'intervention_received',
                 'intervention_offered'] %}
{%- set flag_values = {} %}
{%- for flag in flags %}
    {%- do flag_values.update({flag: "nullif(upper(trim(outcomes." ~ flag ~ ")), 'NA')"}) %}
{%- endfor %}

with

outcomes as (

    {{ cms_person_rows('lcs', 'fact_903_data', 'base_lcs__persons', 'dim_person_id') }}

)

select
    outcomes.la_code,
    outcomes.child_id,
    {{ cms_date('outcomes.year_end_dttm') }} as year_ending_on,
    nullif(trim(outcomes.sdq_score), '') as sdq_score,
    nullif(upper(trim(outcomes.sdq_reason)), '') as sdq_reason_code,
    {{ local_code('convicted', flag_values['convicted']) }} as convicted,
    {{ local_code('health_check', flag_values['health_check']) }} as health_check,
    {{ local_code('immunisations', flag_values['immunisations']) }} as immunisations,
    {{ local_code('teeth_check', flag_values['teeth_check']) }} as teeth_check,
    {{ local_code('health_assessment', flag_values['health_assessment']) }} as health_assessment,
    {{ local_code('substance_misuse', flag_values['substance_misuse']) }} as substance_misuse,
    {{ local_code('intervention_received', flag_values['intervention_received']) }}
        as intervention_received,
    {{ local_code('intervention_offered', flag_values['intervention_offered']) }}
        as intervention_offered
from outcomes
{% for flag in flags -%}
    {{ local_code_joins(flag, 'lcs', 'yes_no', 'outcomes.' ~ flag, 'outcomes._la_code') }}
{% endfor %}
