-- Every local value the mosaic extract codes (one row per LA, domain and value as it arrived,
-- trimmed) and whether it maps to a DfE code: through the LA's own mapping table for the
-- domains it maps, through the local_code_map seed for the family's fixed wordings.
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

    select source.*
    from ({{ cms_current_rows('mosaic', 'dm_legal_statuses') }}) as source
    inner join persons
        on source._la_code = persons.la_code and trim(source.person_id) = persons.person_id

),

leavers as (

    select source.*
    from ({{ cms_current_rows('mosaic', 'dm_former_looked_after') }}) as source
    inner join persons
        on source._la_code = persons.la_code and trim(source.person_id) = persons.person_id

),

person_references as (

    select source.*
    from ({{ cms_current_rows('mosaic', 'dm_person_references') }}) as source
    inner join persons
        on source._la_code = persons.la_code and trim(source.person_id) = persons.person_id

),

grouped_values as (

    select
        la_code,
        'ethnicity' as code_domain,
        'SSDA903 ETHNICITY' as group_name,
        ethnicity_local as local_value
    from persons
    union all
    select
        _la_code as la_code,
        'legal_status' as code_domain,
        'SSDA903 LEGAL STATUS' as group_name,
        trim(legal_status) as local_value
    from legal_statuses
    union all
    select
        la_code,
        'placement_type' as code_domain,
        'SSDA903 PLACEMENT TYPE' as group_name,
        placement_type_local as local_value
    from splits
    union all
    select
        la_code,
        'category_of_need' as code_domain,
        'SSDA903 CATEGORY OF NEED' as group_name,
        category_of_need_local as local_value
    from splits
    union all
    select
        la_code,
        'reason_ceased' as code_domain,
        'SSDA903 REASON EPISODE CEASED' as group_name,
        reason_ceased_local as local_value
    from splits
    union all
    select
        _la_code as la_code,
        'in_touch' as code_domain,
        'SSDA903 IN TOUCH TYPE' as group_name,
        trim(in_touch) as local_value
    from leavers
    union all
    select
        _la_code as la_code,
        'activity' as code_domain,
        'SSDA903 ACTIVITY TYPE' as group_name,
        trim(main_activity) as local_value
    from leavers
    union all
    select
        _la_code as la_code,
        'accommodation' as code_domain,
        'SSDA903 ACCOMMODATION TYPE' as group_name,
        trim(accommodation) as local_value
    from leavers

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
        _la_code as la_code,
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
