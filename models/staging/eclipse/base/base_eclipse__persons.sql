-- Eclipse persons kept for the warehouse: one row per real person, with the 903 CHILD id (the
-- legacy carefirstid) and the demographics mapped to DfE codes. Left out: duplicate person
-- records (duplicated = 'DUPLICATE', or DUPLICATE in a name) and test persons (surname TEST,
-- or a personid in the council's admin range, var eclipse_test_person_ids).
{%- set test_ids = var('eclipse_test_person_ids', {'from': 9900000, 'to': 9999999}) %}
with

persons as (

    {{ cms_current_rows('eclipse', 'personview') }}

),

demographics as (

    {{ cms_current_rows('eclipse', 'persondemographicsview') }}

),

kept as (

    select
        _la_code as la_code,
        trim(personid) as person_id,
        trim(carefirstid) as child_id,
        {{ cms_date('dateofbirth') }} as born_on
    from persons
    where
        upper(trim(coalesce(duplicated, ''))) != 'DUPLICATE'
        and upper(coalesce(forename, '')) not like '%DUPLICATE%'
        and upper(coalesce(surname, '')) not like '%DUPLICATE%'
        and upper(trim(coalesce(surname, ''))) != 'TEST'
        and coalesce(
            try_cast(trim(personid) as bigint)
            between {{ test_ids['from'] }} and {{ test_ids['to'] }},
            false
        ) = false

),

described as (

    select
        kept.la_code,
        kept.person_id,
        kept.child_id,
        kept.born_on,
        nullif(trim(demographics.sex), '') as sex_value,
        nullif(trim(demographics.ethnicitycode), '') as ethnicity_value
    from kept
    left join demographics
        on
            kept.la_code = demographics._la_code
            and kept.person_id = trim(demographics.personid)

)

select
    described.la_code,
    described.person_id,
    described.child_id,
    described.born_on,
    described.sex_value,
    {{ local_code('sex', 'described.sex_value') }} as sex_code,
    {{ local_code_is_mapped('sex') }} as sex_mapped,
    described.ethnicity_value,
    {{ local_code('eth', 'described.ethnicity_value') }} as ethnicity_code,
    {{ local_code_is_mapped('eth') }} as ethnicity_mapped
from described
{{ local_code_joins('sex', 'eclipse', 'sex', 'described.sex_value', 'described.la_code') }}
{{ local_code_joins(
    'eth', 'eclipse', 'ethnicity', 'described.ethnicity_value', 'described.la_code'
) }}
