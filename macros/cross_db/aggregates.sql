{#- The text values of `measure` over a group, joined by `delimiter_text` (an SQL string
    literal), in the order of the columns `order_by` (a list of column names, ascending); null
    values are left out. dbt.listagg cannot be used as is: on Spark it ignores the order (with
    a warning), so the list would come out in whatever order Spark collected the rows. -#}
{% macro ordered_listagg(measure, delimiter_text, order_by) -%}
    {{ return(adapter.dispatch('ordered_listagg', 'cic')(measure, delimiter_text, order_by)) }}
{%- endmacro %}

{% macro default__ordered_listagg(measure, delimiter_text, order_by) -%}
    {{ exceptions.raise_compiler_error('ordered_listagg has no implementation for ' ~ target.type) }}
{%- endmacro %}

{% macro duckdb__ordered_listagg(measure, delimiter_text, order_by) -%}
    {{ dbt.listagg(measure, delimiter_text, 'order by ' ~ order_by | join(', ')) }}
{%- endmacro %}

{#- Collect (sort keys..., value) structs, sort them (field by field), keep the values. -#}
{% macro spark__ordered_listagg(measure, delimiter_text, order_by) -%}
    array_join(
        transform(
            array_sort(collect_list(named_struct(
                {%- for column in order_by %}'k{{ loop.index }}', {{ column }}, {% endfor -%}
                'v', {{ measure }}))),
            s -> s.v
        ),
        {{ delimiter_text }}
    )
{%- endmacro %}
