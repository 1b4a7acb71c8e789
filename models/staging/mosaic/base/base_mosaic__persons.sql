-- The real children of each LA's Mosaic extract: one row per person, keyed by the int PERSON_ID
-- that every other table points to, with the 903 CHILD id (LEGACY_ID). Test persons and
-- duplicate person records (pointing to their master record) are left out.
with

source as (

    {{ cms_current_rows('mosaic', 'dm_persons') }}

),

cleaned as (

    select
        _la_code as la_code,
        _load_id,
        _source_row,
        {{ trim_spaces('person_id') }} as person_id,
        {{ clean_text('legacy_id') }} as child_id,
        {{ clean_code('gender') }} as sex_code,
        {{ cms_date('date_of_birth') }} as born_on,
        {{ clean_text('full_ethnicity_code') }} as ethnicity_local,
        coalesce({{ clean_code('is_test_record') }}, '') = 'Y' as is_test,
        {{ clean_text('duplicate_of_person_id') }} is not null as is_duplicate
    from source

)

select
    la_code,
    _load_id,
    _source_row,
    person_id,
    child_id,
    sex_code,
    born_on,
    ethnicity_local
from cleaned
where not is_test and not is_duplicate and child_id is not null
