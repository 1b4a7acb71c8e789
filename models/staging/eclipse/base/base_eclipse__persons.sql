-- Eclipse persons kept for the warehouse: one row per real person, with the 903 CHILD id (the
-- legacy carefirstid) and the local sex and ethnicity values of its demographics row (whose
-- _load_id and _source_row these are: base_eclipse__coded_values maps them). Left out: duplicate
-- person records (duplicated = 'DUPLICATE', or DUPLICATE in a name) and test persons (surname
-- TEST, or a personid in the council's admin range, var eclipse_test_person_ids).
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
        {{ trim_spaces('personid') }} as person_id,
        {{ trim_spaces('carefirstid') }} as child_id,
        {{ cms_date('dateofbirth') }} as born_on
    from persons
    where
        coalesce({{ clean_code('duplicated') }}, '') != 'DUPLICATE'
        and upper(coalesce(forename, '')) not like '%DUPLICATE%'
        and upper(coalesce(surname, '')) not like '%DUPLICATE%'
        and coalesce({{ clean_code('surname') }}, '') != 'TEST'
        and coalesce(
            try_cast({{ trim_spaces('personid') }} as bigint)
            between {{ test_ids['from'] }} and {{ test_ids['to'] }},
            false
        ) = false

)

select
    kept.la_code,
    kept.person_id,
    kept.child_id,
    kept.born_on,
    demographics._load_id,
    demographics._source_row,
    {{ clean_text('demographics.sex') }} as sex_value,
    {{ clean_text('demographics.ethnicitycode') }} as ethnicity_value
from kept
left join demographics
    on
        kept.la_code = demographics._la_code
        and kept.person_id = {{ trim_spaces('demographics.personid') }}
