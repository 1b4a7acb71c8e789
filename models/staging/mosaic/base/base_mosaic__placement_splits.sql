-- The placement split rows (DM_PLACEMENTS: PLACEMENT_ID + SPLIT_NUMBER) of the real children,
-- cleaned: ids trimmed, split number as a number, dates parsed, local values trimmed.
with

source as (

    {{ cms_person_rows('mosaic', 'dm_placements', 'base_mosaic__persons', 'person_id') }}

)

select
    source.la_code,
    source.child_id,
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
