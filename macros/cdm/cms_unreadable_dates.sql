{#- The rows of stg_landing__unreadable_cms_dates (see that model): for each CMS family built
    (var cms_sources) and each of its tables that hold dates (cms_date_columns, generated from
    contracts/cms/<family>.yml), per council, file and date column, how many rows of the
    current extract hold text that is not a date, and the first of them. -#}
{% macro cms_unreadable_dates() %}
{%- set date_columns = cms_date_columns() %}
{%- set families = cms_families_built(date_columns) %}
with

{% if not families %}
unreadable as (

    {{ cms_no_column_findings() }}

)
{%- else %}
{%- for family in families %}
{%- for table, columns in date_columns[family].items() %}

-- Per council and file, each date column's unreadable rows: how many, and the first.
{{ family }}__{{ table }} as (

    select
        la_code,
        source_file,
        {%- for column in columns %}
        count(case when {{ column }}__unreadable then 1 end) as {{ column }}__rows,
        min(
            case when {{ column }}__unreadable then _source_row end
        ) as {{ column }}__first_row{{ ',' if not loop.last }}
        {%- endfor %}
    from (
        select
            _la_code as la_code,
            _source_file as source_file,
            _source_row,
            {%- for column in columns %}
            {{ unreadable_cms_date(column) }} as {{ column }}__unreadable{{ ',' if not loop.last }}
            {%- endfor %}
        from ({{ cms_current_rows(family, table) }}) as current_rows
    ) as flagged
    where
        {%- for column in columns %}
        {{ 'or ' if not loop.first }}{{ column }}__unreadable
        {%- endfor %}
    group by la_code, source_file

),
{%- endfor %}
{%- endfor %}

unreadable as (
    {%- for family, table, column in cms_built_date_columns(date_columns) %}

    select
        la_code,
        '{{ family }}' as source_system,
        source_file,
        '{{ column | upper }}' as column_name,
        cast({{ column }}__rows as bigint) as rows_affected,
        cast({{ column }}__first_row as integer) as first_row
    from {{ family }}__{{ table }}
    where {{ column }}__rows > 0
    {{- '\n    union all' if not loop.last }}
    {%- endfor %}

)
{%- endif %}

select * from unreadable
{% endmacro %}
