-- The placement split rows (DM_PLACEMENTS: PLACEMENT_ID + SPLIT_NUMBER) of the real children,
-- cleaned: ids trimmed, split number as a number, dates parsed, local values trimmed.
with

source as (

    {{ cms_person_rows('mosaic', 'dm_placements', 'base_mosaic__persons', 'person_id') }}

)

select
    la_code,
    _load_id,
    _source_row,
    child_id,
    {{ trim_spaces('placement_id') }} as placement_id,
    try_cast({{ trim_spaces('split_number') }} as integer) as split_number,
    {{ trim_spaces('period_of_care_id') }} as period_of_care_id,
    {{ cms_date('start_date') }} as started_on,
    {{ cms_date('end_date') }} as ended_on,
    {{ clean_text('placement_type') }} as placement_type_local,
    {{ clean_text('category_of_need') }} as category_of_need_local,
    {{ clean_text('reason_episode_ceased') }} as reason_ceased_local,
    {{ clean_code('reason_for_placement_change') }} as reason_changed_code
from source
