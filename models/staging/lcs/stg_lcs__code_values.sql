-- Every LCS value that goes through a local mapping (local_code_map, source lcs), one row per
-- LA, domain and value as it arrived (trimmed): whether it maps, and how many rows carry it.
-- Blank values, and 'NA' for yes_no flags, mean no value and are not listed.
{%- set usages = [
    ('legal_status', 'fact_legal_status', 'dim_lookup_lgl_status_desc', none),
    ('missing_type', 'fact_missing_person', 'missing_status', none),
    ('yes_no', 'fact_adoption', 'foster_to_adopt', none),
    ('yes_no', 'fact_903_data', 'convicted', none),
    ('yes_no', 'fact_903_data', 'health_check', none),
    ('yes_no', 'fact_903_data', 'immunisations', none),
    ('yes_no', 'fact_903_data', 'teeth_check', none),
    ('yes_no', 'fact_903_data', 'health_assessment', none),
    ('yes_no', 'fact_903_data', 'substance_misuse', none),
    ('yes_no', 'fact_903_data', 'intervention_received', none),
    ('yes_no', 'fact_903_data', 'intervention_offered', none),
    ('accommodation_suitability', 'fact_cla_care_leavers',
        'dim_lookup_accommodation_suitable_desc', none),
    ('immigration_status', 'fact_immigration_status', 'dim_lookup_immgr_status_desc', none),
    ('order_month', 'fact_form_answers', 'answer',
        "upper(trim(raw_values.answer_no)) = 'ORDERMONTH'"),
] %}

with

coded as (
    {%- for domain, table, column, condition in usages %}
        {%- set not_na = "upper(trim(raw_values." ~ column ~ ")) != 'NA'" %}

        select
            raw_values._la_code as la_code,
            '{{ domain }}' as domain,  -- noqa: RF04
            trim(raw_values.{{ column }}) as local_value,
            case when {{ local_code_is_mapped('m') }} then 1 else 0 end as mapped
        from ({{ cms_current_rows('lcs', table) }}) as raw_values
        {{ local_code_joins('m', 'lcs', domain, 'raw_values.' ~ column, 'raw_values._la_code') }}
        where
            nullif(trim(raw_values.{{ column }}), '') is not null
            and {{ not_na if domain == 'yes_no' else '1 = 1' }}
            and {{ condition if condition is not none else '1 = 1' }}
        {{ 'union all' if not loop.last }}
    {%- endfor %}

)

select
    la_code,
    domain,  -- noqa: RF04
    local_value,
    min(mapped) = 1 as is_mapped,
    count(*) as rows_affected
from coded
group by la_code, domain, local_value
