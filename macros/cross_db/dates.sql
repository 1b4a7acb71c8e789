{#- A dd/mm/yyyy text as a date, or null when it is not exactly that form or not a real date
    (31/02/2024). One- or two-digit days and months are read, as DfE's tools read them.
    Engine-specific, so dispatched; staging always keeps the
    original text beside the result. -#}
{% macro parse_dmy_date(column) -%}
    {{ return(adapter.dispatch('parse_dmy_date', 'cic')(column)) }}
{%- endmacro %}

{% macro default__parse_dmy_date(column) -%}
    {{ exceptions.raise_compiler_error('parse_dmy_date has no implementation for ' ~ target.type) }}
{%- endmacro %}

{% macro duckdb__parse_dmy_date(column) -%}
    case
        when regexp_full_match({{ trim_spaces(column) }}, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}')
            then cast(try_strptime({{ trim_spaces(column) }}, '%d/%m/%Y') as date)
    end
{%- endmacro %}

{% macro spark__parse_dmy_date(column) -%}
    case
        when {{ trim_spaces(column) }} rlike '^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$'
            then cast(try_to_timestamp({{ trim_spaces(column) }}, 'd/M/yyyy') as date)
    end
{%- endmacro %}

{#- A date as dd/mm/yyyy text, the way the return writes it. -#}
{% macro format_dmy_date(column) -%}
    {{ return(adapter.dispatch('format_dmy_date', 'cic')(column)) }}
{%- endmacro %}

{% macro default__format_dmy_date(column) -%}
    {{ exceptions.raise_compiler_error('format_dmy_date has no implementation for ' ~ target.type) }}
{%- endmacro %}

{% macro duckdb__format_dmy_date(column) -%}
    strftime({{ column }}, '%d/%m/%Y')
{%- endmacro %}

{% macro spark__format_dmy_date(column) -%}
    date_format({{ column }}, 'dd/MM/yyyy')
{%- endmacro %}
