{#- 1 April and 31 March of a collection year held in a column such as '2025-26'. -#}
{% macro collection_start(collection_year='collection_year') -%}
    cast(concat(substr({{ collection_year }}, 1, 4), '-04-01') as date)
{%- endmacro %}

{% macro collection_end(collection_year='collection_year') -%}
    cast(concat(cast(cast(substr({{ collection_year }}, 1, 4) as int) + 1 as {{ dbt.type_string() }}), '-03-31') as date)
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
