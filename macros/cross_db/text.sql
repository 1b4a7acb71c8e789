{#- `column` with the spaces around it removed: ASCII spaces only, on every engine. DuckDB's own
    trim also removes every other Unicode space (a no-break space after a code pasted from a web
    page or a spreadsheet), Spark's does not, so the same file would read differently on the two;
    and such a value is not the code it looks like to DfE's schema or its validator either. -#}
{% macro trim_spaces(column) -%}
    {{ return(adapter.dispatch('trim_spaces', 'cic')(column)) }}
{%- endmacro %}

{% macro default__trim_spaces(column) -%}
    {{ exceptions.raise_compiler_error('trim_spaces has no implementation for ' ~ target.type) }}
{%- endmacro %}

{% macro duckdb__trim_spaces(column) -%}
    trim({{ column }}, ' ')
{%- endmacro %}

{% macro spark__trim_spaces(column) -%}
    trim({{ column }})
{%- endmacro %}
