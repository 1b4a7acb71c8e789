-- The LCS persons who are children in the return, one row per DIM_PERSON_ID: not the -1
-- 'unknown' person, not non-clients (parents, carers), not test clients created in LCS without
-- a LEGACY_ID. LEGACY_ID is the 903 CHILD id; every fact table points here by DIM_PERSON_ID.

with

dim_person as (

    {{ cms_current_rows('lcs', 'dim_person') }}

),

persons as (

    select
        _la_code as la_code,
        {{ trim_spaces('dim_person_id') }} as dim_person_id,
        {{ trim_spaces('legacy_id') }} as child_id,
        {{ clean_code('gender_main_code') }} as sex_code,
        {{ cms_date('birth_dttm') }} as born_on,
        {{ clean_code('ethnicity_main_code') }} as ethnicity_code,
        {{ cms_date('first_child_birth_dttm') }} as first_child_born_on
    from dim_person
    where
        {{ trim_spaces('dim_person_id') }} != '-1'
        and {{ clean_code('is_client') }} = 'Y'
        and {{ clean_text('legacy_id') }} is not null

)

select * from persons
