-- People (CDM contract): one row per real child, ethnicity mapped to the DfE code through the
-- LA's own mapping table, the mother's first child's birth date from the mother form.
with

persons as (

    select * from {{ ref('base_mosaic__persons') }}

),

mothers as (

    select
        la_code,
        person_id,
        max(date_answer) as first_child_born_on
    from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'SSDA903 Mother' and question = 'Date of birth of first child'
    group by la_code, person_id

)

select
    persons.la_code,
    persons.child_id,
    persons.sex_code,
    persons.born_on,
    ethnicity.code as ethnicity_code,
    mothers.first_child_born_on
from persons
{{ cms_coded_join('ethnicity', 'mosaic', 'persons', 'ethnicity_local') }}
left join mothers
    on persons.la_code = mothers.la_code and persons.person_id = mothers.person_id
