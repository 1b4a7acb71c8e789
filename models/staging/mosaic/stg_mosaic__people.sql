-- People (CDM contract): one row per real child, ethnicity mapped to the DfE code through the
-- LA's own mapping table, the mother's first child's birth date from the mother form.
with

persons as (

    select * from {{ ref('base_mosaic__persons') }}

),

mapping_groups as (

    select * from {{ ref('base_mosaic__mapping_groups') }}

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
    coalesce(ethnicity.category_value, persons.ethnicity_local) as ethnicity_code,
    mothers.first_child_born_on
from persons
left join mapping_groups as ethnicity
    on
        persons.la_code = ethnicity.la_code
        and ethnicity.group_name = 'SSDA903 ETHNICITY'
        and upper(persons.ethnicity_local) = ethnicity.mapped_value
left join mothers
    on persons.la_code = mothers.la_code and persons.person_id = mothers.person_id
