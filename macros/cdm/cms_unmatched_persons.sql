{#- The rows of stg_landing__unmatched_cms_persons (see that model): for each CMS family built
    (var cms_sources) and each of its tables with a column naming the row's person
    (cms_person_columns, generated from contracts/cms/<family>.yml), per council and file, how
    many rows of the current extract name no person of the council's current persons file (the
    column blank, or a value no row of that file has), and the first of them. -#}
{% macro cms_unmatched_persons() %}
{%- set person_columns = cms_person_columns() %}
{%- set families = cms_families_built(person_columns) %}
with

{% if not families %}
unmatched as (

    {{ cms_no_column_findings() }}

)
{%- else %}
{%- for family in families %}
{%- set persons_table, persons_column = person_columns[family]['persons'] %}

-- The persons each council's current {{ family }} extract holds.
{{ family }}__persons as (

    select distinct
        _la_code as la_code,
        {{ trim_spaces(persons_column) }} as person_id
    from ({{ cms_current_rows(family, persons_table) }}) as current_rows

),
{%- for table, column in person_columns[family]['tables'].items() %}

-- Per council and file, the rows whose {{ column }} names no person of the council's extract.
{{ family }}__{{ table }} as (

    select
        current_rows._la_code as la_code,
        current_rows._source_file as source_file,
        count(*) as rows_affected,
        min(current_rows._source_row) as first_row
    from ({{ cms_current_rows(family, table) }}) as current_rows
    left join {{ family }}__persons as persons
        on
            current_rows._la_code = persons.la_code
            and {{ trim_spaces('current_rows.' ~ column) }} = persons.person_id
    where persons.person_id is null
    group by current_rows._la_code, current_rows._source_file

),
{%- endfor %}
{%- endfor %}

unmatched as (
    {%- for family in families %}
    {%- set outer = loop %}
    {%- for table, column in person_columns[family]['tables'].items() %}

    select
        la_code,
        '{{ family }}' as source_system,
        source_file,
        '{{ column | upper }}' as column_name,
        cast(rows_affected as bigint) as rows_affected,
        cast(first_row as integer) as first_row
    from {{ family }}__{{ table }}
    {{- '\n    union all' if not (loop.last and outer.last) }}
    {%- endfor %}
    {%- endfor %}

)
{%- endif %}

select * from unmatched
{% endmacro %}
