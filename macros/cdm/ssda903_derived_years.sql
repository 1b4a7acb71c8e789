{#
    The collection years var('ssda903_years') names for the return derived from the common data
    model, checked and sorted: a list such as ['2024-25', '2025-26'] (a single year may be given
    as a string), each a collection year the warehouse supports (var supported_collection_years).
    Empty when the var is not set: int_ssda903__derived_years then reads the years from each
    council's extract. Set it with `dbt build --vars '{ssda903_years: [2024-25, 2025-26]}'`.
#}
{% macro ssda903_derived_years() %}
    {%- set years = var('ssda903_years', none) or [] -%}
    {%- if years is string -%}
        {%- set years = [years] -%}
    {%- endif -%}
    {%- set supported = var('supported_collection_years') -%}
    {%- set checked = [] -%}
    {%- for year in years -%}
        {%- set year = year | string | trim -%}
        {%- if not modules.re.match('^[0-9]{4}-[0-9]{2}$', year)
            or (year[:4] | int + 1) % 100 != year[5:] | int -%}
            {{ exceptions.raise_compiler_error('ssda903_years: ' ~ year ~ ' is not a collection year such as 2025-26') }}
        {%- endif -%}
        {%- if year not in supported -%}
            {{ exceptions.raise_compiler_error('ssda903_years: ' ~ year ~ ' is not a collection year this warehouse supports (supported_collection_years: ' ~ supported | join(', ') ~ ')') }}
        {%- endif -%}
        {%- if year not in checked -%}
            {%- do checked.append(year) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(checked | sort) }}
{% endmacro %}

{#- The collection years of a list as rows of one column, collection_year: typed, and no row
    when the list is empty. -#}
{% macro ssda903_year_rows(years) %}
    {%- if not years %}
    select cast(null as {{ dbt.type_string() }}) as collection_year where 1 = 0
    {%- endif %}
    {%- for year in years %}
    select '{{ year }}' as collection_year
    {{- '\n    union all' if not loop.last }}
    {%- endfor %}
{% endmacro %}
