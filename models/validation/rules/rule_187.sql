-- 187: a child in the OC2 cohort (looked after continuously for 12 months at 31 March,
-- int_validation__cohorts) has care leaver or adoption information: the OC3 row is reported
-- when any of IN_TOUCH, ACTIV, ACCOM is given, the AD1 row when any of DATE_INT, DATE_MATCH,
-- FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR is given.
{% set tables = {'oc3': care_leaver_items(), 'ad1': adoption_items()} %}
with

cohort as (

    select * from {{ ref('int_validation__cohorts') }}
    where continuously_looked_after_12_months

),

{% for table_name, items in tables.items() %}
    failing_{{ table_name }} as (

        select {{ table_name }}.*
        from {{ ref('ssda903__' ~ table_name) }} as {{ table_name }}
        inner join cohort
            on
                {{ table_name }}.la_code = cohort.la_code
                and {{ table_name }}.collection_year = cohort.collection_year
                and {{ table_name }}.child = cohort.child
        where {{ any_given(table_name, items) }}

    ){{ ',' if not loop.last }}
{% endfor %}

{% for table_name, items in tables.items() %}
    select
        {{ rule_failures('187', ssda903_table(table_name).dfe_name, values=labelled(items)) }}
    from failing_{{ table_name }}
    {% if not loop.last %}union all{% endif %}
{% endfor %}
