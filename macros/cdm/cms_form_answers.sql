{#
    One row per form of one type, its answers pivoted into columns, from a family's base form
    answers model (one row per answered question of a kept person):
    - eclipse: base_eclipse__form_answers, a form is a form_id, its type the form_name and a
      question the control_name (both lower-cased), answers answer_value / answer_date;
    - mosaic: base_mosaic__form_answers, a form is a workflow_step_id, its type the filter_name
      and a question the question text, answers text_answer / date_answer.
    `columns` is a list of (column, question, answer expression), e.g.
    ('decided_on', 'agencydecisiondate', 'answer_date'). The form's la_code, child_id and key
    come first.
#}
{% macro cms_form_answers(source_system, form_type, columns) %}
    {%- set shape = {
        'eclipse': ('form_id', 'form_name', 'control_name'),
        'mosaic': ('workflow_step_id', 'filter_name', 'question'),
    }[source_system] %}
    {%- set form_key, type_column, question_column = shape %}
    select
        la_code,
        child_id,
        {{ form_key }},
        {%- for column, question, answer in columns %}
        max(case when {{ question_column }} = '{{ question }}' then {{ answer }} end)
            as {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ ref('base_' ~ source_system ~ '__form_answers') }}
    where {{ type_column }} = '{{ form_type }}'
    group by la_code, child_id, {{ form_key }}
{% endmacro %}
