-- The placement split rows (DM_PLACEMENTS: PLACEMENT_ID + SPLIT_NUMBER) of the real children,
-- cleaned: ids trimmed, split number as a number, dates parsed, local values trimmed.
with

source as (

    {{ cms_current_rows('mosaic', 'dm_placements') }}

),

persons as (

    select * from {{ ref('base_mosaic__persons') }}

)

select
    source._la_code as la_code,
    persons.child_id,
    trim(source.placement_id) as placement_id,
    try_cast(trim(source.split_number) as integer) as split_number,
    trim(source.period_of_care_id) as period_of_care_id,
    {{ cms_date('source.start_date') }} as started_on,
    {{ cms_date('source.end_date') }} as ended_on,
    nullif(trim(source.placement_type), '') as placement_type_local,
    nullif(trim(source.category_of_need), '') as category_of_need_local,
    nullif(trim(source.reason_episode_ceased), '') as reason_ceased_local,
    upper(nullif(trim(source.reason_for_placement_change), '')) as reason_changed_code
from source
inner join persons
    on source._la_code = persons.la_code and trim(source.person_id) = persons.person_id
