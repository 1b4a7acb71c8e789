{#
    Contiguous identical rows of a history merged into one (a CMS may split one legal status or
    placement into several records, e.g. on a change of worker). Per la_code, source_system and
    child_id, ordered by started_on, a row joins the one before when its started_on equals that
    row's ended_on and every column in `attributes` is equal (nulls count as equal). The merged
    row keeps the first row's columns, the last row's ended_on and the last row's value of each
    column in `last_columns`. `columns` lists every column of the relation after the keys.
#}
{% macro merge_contiguous_rows(relation, columns, attributes, last_columns=[]) %}
    {%- set keys = ['la_code', 'source_system', 'child_id'] -%}
    {%- set taken_last = ['ended_on'] + last_columns -%}
    with

    history as (

        select * from {{ relation }}

    ),

    compared as (

        select
            history.*,
            lag(history.ended_on) over (
                partition by {{ keys | join(', ') }}
                order by history.started_on, history.ended_on nulls last
            ) as previous_ended_on,
            {%- for column in attributes %}
            lag(history.{{ column }}) over (
                partition by {{ keys | join(', ') }}
                order by history.started_on, history.ended_on nulls last
            ) as previous_{{ column }}{{ ',' if not loop.last }}
            {%- endfor %}
        from history

    ),

    flagged as (

        select
            compared.*,
            case
                when
                    compared.previous_ended_on = compared.started_on
                    {%- for column in attributes %}
                    and {{ cdm_same('compared.' ~ column, 'compared.previous_' ~ column) }}
                    {%- endfor %}
                    then 0
                else 1
            end as starts_run
        from compared

    ),

    numbered as (

        select
            flagged.*,
            sum(flagged.starts_run) over (
                partition by {{ keys | join(', ') }}
                order by flagged.started_on, flagged.ended_on nulls last
                rows between unbounded preceding and current row
            ) as run_number
        from flagged

    ),

    ranked as (

        select
            numbered.*,
            row_number() over (
                partition by {{ keys | join(', ') }}, numbered.run_number
                order by numbered.started_on, numbered.ended_on nulls last
            ) as position_in_run,
            {%- for column in taken_last %}
            last_value(numbered.{{ column }}) over (
                partition by {{ keys | join(', ') }}, numbered.run_number
                order by numbered.started_on, numbered.ended_on nulls last
                rows between unbounded preceding and unbounded following
            ) as last_{{ column }}{{ ',' if not loop.last }}
            {%- endfor %}
        from numbered

    ),

    merged as (

        select
            {%- for column in keys %}
            ranked.{{ column }},
            {%- endfor %}
            {%- for column in columns if column not in keys %}
            {%- if column in taken_last %}
            ranked.last_{{ column }} as {{ column }}{{ ',' if not loop.last }}
            {%- else %}
            ranked.{{ column }}{{ ',' if not loop.last }}
            {%- endif %}
            {%- endfor %}
        from ranked
        where ranked.position_in_run = 1

    )

    select * from merged
{% endmacro %}

{#- True when two values are equal or both null (portable `is not distinct from`). -#}
{% macro cdm_same(left, right) -%}
    (coalesce({{ left }} = {{ right }}, false) or ({{ left }} is null and {{ right }} is null))
{%- endmacro %}
