-- People (CDM contract): one row per kept Eclipse person; CHILD id from carefirstid, sex and
-- ethnicity mapped from local values, a mother's first child's birth date from her form.
with

persons as (

    select * from {{ ref('base_eclipse__persons') }}

),

mothers as (

    select
        la_code,
        child_id,
        min(answer_date) as first_child_born_on
    from {{ ref('base_eclipse__form_answers') }}
    where form_name = 'parenthood' and control_name = 'firstchilddateofbirth'
    group by la_code, child_id

)

select
    persons.la_code,
    persons.child_id,
    sex.code as sex_code,
    persons.born_on,
    ethnicity.code as ethnicity_code,
    mothers.first_child_born_on
from persons
{{ cms_coded_join('sex', 'eclipse', 'persons', 'sex_value') }}
{{ cms_coded_join('ethnicity', 'eclipse', 'persons', 'ethnicity_value') }}
left join mothers
    on
        persons.la_code = mothers.la_code
        and persons.child_id = mothers.child_id
