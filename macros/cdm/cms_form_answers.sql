{#
    One row per form of one type, its answers pivoted into columns, from a family's base form
    answers model (one row per answered question of a kept person):
    - eclipse: base_eclipse__form_answers, a form is a form_id, its type the form_name and a
      question the control_name (both lower-cased), answers answer_value / answer_date;
    - mosaic: base_mosaic__form_answers, a form is a workflow_step_id, its type the filter_name
      and a question the question text, answers text_answer / date_answer.
    `columns` is a list of (column, question, answer expression), e.g.
    ('decided_on', 'agencydecisiondate', 'answer_date'). The answer 'code' is the answer's DfE
    code from the family's coded values (base_<family>__coded_values, which maps it). The form's
    la_code, child_id and key come first.
#}
{% macro cms_form_answers(source_system, form_type, columns) %}
    {%- set shape = {
        'eclipse': ('form_id', 'form_name', 'control_name', 'answer_value'),
        'mosaic': ('workflow_step_id', 'filter_name', 'question', 'text_answer'),
    }[source_system] %}
    {%- set form_key, type_column, question_column, text_column = shape %}
    {%- set coded = columns | map(attribute=2) | select('equalto', 'code') | list %}
    select
        answers.la_code,
        answers.child_id,
        answers.{{ form_key }},
        {%- for column, question, answer in columns %}
        max(
            case
                when answers.{{ question_column }} = '{{ question }}'
                    then {{ 'coded.code' if answer == 'code' else answer }}
            end
        ) as {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ ref('base_' ~ source_system ~ '__form_answers') }} as answers
    {%- if coded %}
    {{ cms_coded_join('coded', source_system, 'answers', text_column) }}
    {%- endif %}
    where answers.{{ type_column }} = '{{ form_type }}'
    group by answers.la_code, answers.child_id, answers.{{ form_key }}
{% endmacro %}

{#
    A contract model filled from one type of form (stg_<family>__<entity>, the family and entity
    read from the model's name, or under a unit test from the name of the model it tests): one
    row per form, la_code then the entity's contract columns (cdm_contract()), each answered as
    `columns` says (see cms_form_answers).
#}
{% macro cms_form_contract_model(form_type, columns) %}
    {%- set model_name = model.name %}
    {%- if model.resource_type == 'unit_test' %}
    {%- set model_name = model.tested_node_unique_id.split('.')[-1] %}
    {%- endif %}
    {%- set source_system, entity = model_name[4:].split('__') %}
    with

    forms as (

        {{ cms_form_answers(source_system, form_type, columns) }}

    )

    select
        la_code,
        {%- for column in cdm_contract()[entity] %}
        {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from forms
{% endmacro %}
