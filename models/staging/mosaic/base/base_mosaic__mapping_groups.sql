-- Each LA's mapping of local values to DfE codes, per domain (the Mosaic mapping group that holds
-- it), compared trimmed and upper case. The LA's own table in the extract (DM_MAPPING_GROUPS)
-- comes first; then rows of the local_code_map seed for mosaic (the council's own rows, then the
-- family's), which is where `cic new-council` puts the values a council's table lacks. One code
-- per value and domain; groups that code nothing the return needs are left out.
with

source as (

    {{ cms_current_rows('mosaic', 'dm_mapping_groups') }}

),

-- The seed's domains and the Mosaic mapping groups that hold them.
groups_by_domain as (

    select
        known.domain,  -- noqa: RF04
        known.group_name
    from (
        values
        ('ethnicity', 'SSDA903 ETHNICITY'),
        ('legal_status', 'SSDA903 LEGAL STATUS'),
        ('placement_type', 'SSDA903 PLACEMENT TYPE'),
        ('category_of_need', 'SSDA903 CATEGORY OF NEED'),
        ('reason_ceased', 'SSDA903 REASON EPISODE CEASED'),
        ('in_touch', 'SSDA903 IN TOUCH TYPE'),
        ('activity', 'SSDA903 ACTIVITY TYPE'),
        ('accommodation', 'SSDA903 ACCOMMODATION TYPE')
    ) as known (domain, group_name)  -- noqa: RF04

),

extract_rows as (

    select
        source._la_code as la_code,
        groups_by_domain.domain,  -- noqa: RF04
        {{ clean_code('source.mapped_value') }} as mapped_value,
        {{ clean_code('source.category_value') }} as category_value,
        1 as priority
    from source
    inner join groups_by_domain
        on {{ clean_code('source.group_name') }} = groups_by_domain.group_name
    where {{ clean_text('source.category_value') }} is not null

),

landed_las as (

    select distinct la_code
    from {{ ref('stg_landing__current_loads') }}
    where source_system = 'mosaic'

),

seed_rows as (

    select
        landed_las.la_code,
        code_map.domain,  -- noqa: RF04
        code_map.local_value as mapped_value,
        code_map.dfe_code as category_value,
        case when code_map.la_code is null then 3 else 2 end as priority
    from {{ ref('stg_reference__local_code_map') }} as code_map
    inner join groups_by_domain on code_map.domain = groups_by_domain.domain
    inner join landed_las
        on code_map.la_code = landed_las.la_code or code_map.la_code is null
    where code_map.source_system = 'mosaic' and code_map.dfe_code is not null

),

ranked as (

    select
        candidates.*,
        row_number() over (
            partition by candidates.la_code, candidates.domain, candidates.mapped_value
            order by candidates.priority, candidates.category_value
        ) as preference
    from (
        select * from extract_rows
        union all
        select * from seed_rows
    ) as candidates

)

select
    la_code,
    domain,  -- noqa: RF04
    mapped_value,
    category_value
from ranked
where preference = 1
