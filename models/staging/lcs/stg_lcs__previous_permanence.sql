-- CDM previous permanence from LCS form answers (FACT_FORMS 'Previous Permanence' per period
-- of care): PREVADOPTORD option, INENG LA, and the order date as ORDERDATE, or as ORDERYEAR with
-- ORDERMONTH a month name (local_code_map domain order_month); unknown parts become ZZ.
{%- set answer_numbers = [
    ('option_answer', 'PREVADOPTORD'),
    ('la_answer', 'INENG'),
    ('date_answer', 'ORDERDATE'),
    ('year_answer', 'ORDERYEAR'),
    ('date_text_answer', 'ORDERDATETEXT'),
] %}
{%- set answer_no = clean_code('answers.answer_no') %}

with

forms as (

    {{ cms_current_rows('lcs', 'fact_forms') }}

),

answers as (

    {{ cms_current_rows('lcs', 'fact_form_answers') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

),

form_answers as (

    select
        forms._la_code as la_code,
        {{ trim_spaces('forms.fact_form_id') }} as form_id,
        {{ trim_spaces('forms.dim_person_id') }} as dim_person_id,
        {{ trim_spaces('forms.fact_cla_id') }} as period_of_care_id,
        {%- for column, number in answer_numbers %}
            max(case when {{ answer_no }} = '{{ number }}' then answers.answer end) as {{ column }},
        {%- endfor %}
        max(case when {{ answer_no }} = 'ORDERMONTH' then month_code.code end) as order_month
    from forms
    left join answers
        on
            forms._la_code = answers._la_code
            and {{ trim_spaces('forms.fact_form_id') }} = {{ trim_spaces('answers.fact_form_id') }}
    {{ cms_coded_join('month_code', 'lcs', 'answers', 'answer') }}
    where {{ clean_code('forms.form_type') }} = 'PREVIOUS PERMANENCE'
    group by forms._la_code, forms.fact_form_id, forms.dim_person_id, forms.fact_cla_id

),

dated as (

    select
        form_answers.*,
        {{ cms_date('form_answers.date_answer') }} as order_date,
        {{ clean_text('form_answers.year_answer') }} as order_year
    from form_answers

)

select
    persons.la_code,
    persons.child_id,
    dated.period_of_care_id,
    {{ clean_code('dated.option_answer') }} as permanence_option_code,
    {{ clean_code('dated.la_answer') }} as permanence_la_code,
    case
        when dated.order_date is not null then {{ format_dmy_date('dated.order_date') }}
        when dated.order_year is not null
            then 'ZZ/' || coalesce(dated.order_month, 'ZZ') || '/' || dated.order_year
        else {{ clean_text('dated.date_text_answer') }}
    end as permanence_date_text
from dated
inner join persons
    on
        dated.la_code = persons.la_code
        and dated.dim_person_id = persons.dim_person_id
