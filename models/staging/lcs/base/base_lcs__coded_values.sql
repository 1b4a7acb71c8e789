-- Every LCS value that goes through a local mapping (local_code_map, source lcs): one row per
-- value of a current extract row (whoever the row is about), the value as it arrived (trimmed),
-- its DfE code (the value itself when nothing maps it) and whether it maps. This is the one list
-- of the family's mapped columns: the contract models take their codes from here
-- (cms_coded_join) and stg_lcs__code_values counts them. Blank values, and 'NA' for the yes_no
-- flags, mean no value and have no row.
{#- (relation below, domain, column, a further condition on its rows) #}
{%- set usages = [
    ('legal_statuses', 'legal_status', 'dim_lookup_lgl_status_desc', none),
    ('missing', 'missing_type', 'missing_status', none),
    ('adoptions', 'yes_no', 'foster_to_adopt', none),
    ('outcomes', 'yes_no', 'convicted', none),
    ('outcomes', 'yes_no', 'health_check', none),
    ('outcomes', 'yes_no', 'immunisations', none),
    ('outcomes', 'yes_no', 'teeth_check', none),
    ('outcomes', 'yes_no', 'health_assessment', none),
    ('outcomes', 'yes_no', 'substance_misuse', none),
    ('outcomes', 'yes_no', 'intervention_received', none),
    ('outcomes', 'yes_no', 'intervention_offered', none),
    ('leavers', 'accommodation_suitability', 'dim_lookup_accommodation_suitable_desc', none),
    ('immigration', 'immigration_status', 'dim_lookup_immgr_status_desc', none),
    ('answers', 'order_month', 'answer', clean_code('answers.answer_no') ~ " = 'ORDERMONTH'"),
] %}
{%- set tables = {
    'legal_statuses': 'fact_legal_status',
    'missing': 'fact_missing_person',
    'adoptions': 'fact_adoption',
    'outcomes': 'fact_903_data',
    'leavers': 'fact_cla_care_leavers',
    'immigration': 'fact_immigration_status',
    'answers': 'fact_form_answers',
} %}
with
{% for relation, table in tables.items() %}
    {{ relation }} as (

        select
            raw_rows._la_code as la_code,
            raw_rows.*
        from ({{ cms_current_rows('lcs', table) }}) as raw_rows

    ),
{% endfor %}
coded as (
    {%- for relation, domain, column, condition in usages %}

        {#- A yes_no flag 'NA' means no value; one no mapping knows is upper-cased. #}
        {{ cms_coded_rows(
            'lcs', relation, domain, column, where=condition,
            also_blank=['NA'] if domain == 'yes_no' else [], upper_unmapped=domain == 'yes_no'
        ) }}
        {{ 'union all' if not loop.last }}
    {%- endfor %}

)

select * from coded
