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

{#- The value of `value` on the row of the group where `key` is least (value_at_first) or
    greatest (value_at_last), null when that row's value is null. Keys are expected to be
    distinct within a group (a child's DECOMs). DuckDB's arg_min would skip a null value and
    take the next row's: arg_min_null keeps it, as Spark's min_by does. -#}
{% macro value_at_first(value, key) -%}
    {{ return(adapter.dispatch('value_at_first', 'cic')(value, key)) }}
{%- endmacro %}

{% macro default__value_at_first(value, key) -%}
    min_by({{ value }}, {{ key }})
{%- endmacro %}

{% macro duckdb__value_at_first(value, key) -%}
    arg_min_null({{ value }}, {{ key }})
{%- endmacro %}

{% macro value_at_last(value, key) -%}
    {{ return(adapter.dispatch('value_at_last', 'cic')(value, key)) }}
{%- endmacro %}

{% macro default__value_at_last(value, key) -%}
    max_by({{ value }}, {{ key }})
{%- endmacro %}

{% macro duckdb__value_at_last(value, key) -%}
    arg_max_null({{ value }}, {{ key }})
{%- endmacro %}
