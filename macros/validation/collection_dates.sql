{#- A collection year held in a column as text, such as '2025-26': the year its 1 April falls in
    (2025), its first and last days (1 April 2025, 31 March 2026), and the collection year before
    it ('2024-25'). -#}
{% macro collection_start_year(collection_year='collection_year') -%}
    cast(substr({{ collection_year }}, 1, 4) as int)
{%- endmacro %}

{% macro collection_start(collection_year='collection_year') -%}
    cast(concat(substr({{ collection_year }}, 1, 4), '-04-01') as date)
{%- endmacro %}

{% macro collection_end(collection_year='collection_year') -%}
    {%- set next_year = collection_start_year(collection_year) ~ ' + 1' -%}
    cast(concat(cast({{ next_year }} as {{ dbt.type_string() }}), '-03-31') as date)
{%- endmacro %}

{% macro previous_collection_year(collection_year='collection_year') -%}
    {%- set year_before = collection_start_year(collection_year) ~ ' - 1' -%}
    {%- set text = dbt.type_string() -%}
    concat(cast({{ year_before }} as {{ text }}), '-', substr({{ collection_year }}, 3, 2))
{%- endmacro %}

{#- Age in completed years on a date (dbt.datediff counts calendar-year boundaries, not
    birthdays): the year difference, less one if the birthday has not come yet that year. -#}
{% macro age_in_years(date_of_birth, on_date) -%}
    (
        {{ dbt.datediff(date_of_birth, on_date, 'year') }}
        - case
            when extract(month from {{ on_date }}) * 100 + extract(day from {{ on_date }})
                < extract(month from {{ date_of_birth }}) * 100 + extract(day from {{ date_of_birth }})
                then 1
            else 0
        end
    )
{%- endmacro %}

{#- The collection year holding a date, as text: '2025-26' for any day from 1 April 2025 to
    31 March 2026. -#}
{% macro collection_year_of(day) -%}
    {%- set start -%}
        (extract(year from {{ day }}) - case when extract(month from {{ day }}) < 4 then 1 else 0 end)
    {%- endset -%}
    {%- set text = dbt.type_string() -%}
    concat(cast({{ start }} as {{ text }}), '-', right(cast({{ start }} + 1 as {{ text }}), 2))
{%- endmacro %}
