{#
    The rows of one table of the return, for every LA and year: every row of the LA's current
    landed 903 file; for an LA and year with no landed 903 file at all (a CMS-fed LA), the rows
    derived from the common data model (int_ssda903__<table>_from_cdm). A submitted return
    always wins: once any 903 file has landed for an LA and year, none of that year's tables is
    derived.

    `table`: our name of the table (stg_ssda903__<table>, int_ssda903__<table>_from_cdm). Its
    columns are those contracts/ssda903.yml declares (ssda903_mart_columns, generated), between
    la_code and collection_year and _source_file and _source_row.
#}
{% macro ssda903_mart_rows(table) %}
    {%- set columns = ['la_code', 'collection_year'] + ssda903_mart_columns(table)
        + ['_source_file', '_source_row'] -%}
with

{{ table }}_landed as (

    select
        {%- for column in columns %}
        {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ ref('stg_ssda903__' ~ table) }}

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__' ~ table ~ '_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

{{ table }} as (

    select
        {%- for column in columns %}
        {{ table }}_landed.{{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ table }}_landed
    union all
    select
        {%- for column in columns %}
        derived.{{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from derived

)

select * from {{ table }}
{%- endmacro %}
