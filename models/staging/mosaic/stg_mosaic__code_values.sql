-- Every local value the mosaic extract codes (one row per LA, domain and value as it arrived,
-- trimmed) and whether it maps to a DfE code: through the LA's own mapping table for the
-- domains it maps, through the local_code_map seed for the family's fixed wordings.
{#- The values the LA's mapping table maps: (domain, mapping group, CTE below, value). #}
{%- set grouped = [
    ('ethnicity', 'SSDA903 ETHNICITY', 'persons', 'ethnicity_local'),
    ('legal_status', 'SSDA903 LEGAL STATUS', 'legal_statuses', 'trim(legal_status)'),
    ('placement_type', 'SSDA903 PLACEMENT TYPE', 'splits', 'placement_type_local'),
    ('category_of_need', 'SSDA903 CATEGORY OF NEED', 'splits', 'category_of_need_local'),
    ('reason_ceased', 'SSDA903 REASON EPISODE CEASED', 'splits', 'reason_ceased_local'),
    ('in_touch', 'SSDA903 IN TOUCH TYPE', 'leavers', 'trim(in_touch)'),
    ('activity', 'SSDA903 ACTIVITY TYPE', 'leavers', 'trim(main_activity)'),
    ('accommodation', 'SSDA903 ACCOMMODATION TYPE', 'leavers', 'trim(accommodation)'),
] %}
with

persons as (

    select * from {{ ref('base_mosaic__persons') }}

),

splits as (

    select * from {{ ref('base_mosaic__placement_splits') }}

),

mapping_groups as (

    select * from {{ ref('base_mosaic__mapping_groups') }}

),

legal_statuses as (

    {{ cms_person_rows('mosaic', 'dm_legal_statuses', 'base_mosaic__persons', 'person_id') }}

),

leavers as (

    {{ cms_person_rows('mosaic', 'dm_former_looked_after', 'base_mosaic__persons', 'person_id') }}

),

person_references as (

    {{ cms_person_rows('mosaic', 'dm_person_references', 'base_mosaic__persons', 'person_id') }}

),

grouped_values as (
    {%- for code_domain, group_name, relation, value in grouped %}

        select
            la_code,
            '{{ code_domain }}' as code_domain,
            '{{ group_name }}' as group_name,
            {{ value }} as local_value
        from {{ relation }}
        {{ 'union all' if not loop.last }}
    {%- endfor %}

),

grouped_mapped as (

    select
        grouped_values.la_code,
        grouped_values.code_domain,
        grouped_values.local_value,
        mapping_groups.category_value is not null as is_mapped
    from grouped_values
    left join mapping_groups
        on
            grouped_values.la_code = mapping_groups.la_code
            and grouped_values.group_name = mapping_groups.group_name
            and upper(grouped_values.local_value) = mapping_groups.mapped_value
    where nullif(grouped_values.local_value, '') is not null

),

missing_types as (

    select
        la_code,
        text_answer as local_value
    from {{ ref('base_mosaic__form_answers') }}
    where
        filter_name = 'Child Absent or Missing (Document)'
        and question = 'Missing or absent'

),

missing_mapped as (

    select
        missing_types.la_code,
        'missing_type' as code_domain,
        missing_types.local_value,
        {{ local_code_is_mapped('mt') }} as is_mapped
    from missing_types
    {{ local_code_joins('mt', 'mosaic', 'missing_type', 'missing_types.local_value',
                        'missing_types.la_code') }}
    where missing_types.local_value is not null

),

reference_types as (

    select
        la_code,
        nullif(trim(reference_type), '') as local_value
    from person_references

),

reference_mapped as (

    select
        reference_types.la_code,
        'identifier_type' as code_domain,
        reference_types.local_value,
        {{ local_code_is_mapped('idt') }} as is_mapped
    from reference_types
    {{ local_code_joins('idt', 'mosaic', 'identifier_type', 'reference_types.local_value',
                        'reference_types.la_code') }}
    where reference_types.local_value is not null

),

all_values as (

    select * from grouped_mapped
    union all
    select * from missing_mapped
    union all
    select * from reference_mapped

)

select
    la_code,
    code_domain as domain,  -- noqa: RF04
    local_value,
    bool_and(is_mapped) as is_mapped,
    count(*) as rows_affected
from all_values
group by la_code, code_domain, local_value
