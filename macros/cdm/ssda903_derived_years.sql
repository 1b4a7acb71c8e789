{#
    The collection years for which the return is derived from the common data model.

    var('ssda903_years'): a list of collection years such as ['2024-25', '2025-26'] (a single
    year may be given as a string). When it is not set (or empty), the current collection year
    at the start of the run (1 April starts a year) and the one before it, e.g. a run on
    15 May 2025 derives 2024-25 and 2025-26. Set it with
    `dbt build --vars '{ssda903_years: [2024-25, 2025-26]}'`.
#}
{% macro ssda903_derived_years() %}
    {%- set years = var('ssda903_years', none) -%}
    {%- if years is string -%}
        {%- set years = [years] -%}
    {%- endif -%}
    {%- if not years -%}
        {%- set start = run_started_at.year if run_started_at.month >= 4 else run_started_at.year - 1 -%}
        {%- set years = [] -%}
        {%- for first in [start - 1, start] -%}
            {%- do years.append(first ~ '-' ~ ('%02d' % ((first + 1) % 100))) -%}
        {%- endfor -%}
    {%- endif -%}
    {%- set checked = [] -%}
    {%- for year in years -%}
        {%- set year = year | string | trim -%}
        {%- if not modules.re.match('^[0-9]{4}-[0-9]{2}$', year)
            or (year[:4] | int + 1) % 100 != year[5:] | int -%}
            {{ exceptions.raise_compiler_error('ssda903_years: ' ~ year ~ ' is not a collection year such as 2025-26') }}
        {%- endif -%}
        {%- if year not in checked -%}
            {%- do checked.append(year) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(checked | sort) }}
{% endmacro %}

{#
    The derived collection years as rows: collection_year, year_start (1 April) and year_end
    (31 March), only the years from `first_year` on (the year a table enters the return).
    An empty, typed relation when no year qualifies.
#}
{% macro ssda903_derived_year_rows(first_year='2000-01') %}
    {%- set years = [] -%}
    {%- for year in ssda903_derived_years() if year >= first_year -%}
        {%- do years.append(year) -%}
    {%- endfor -%}
    {%- if years | length == 0 %}
    select
        cast(null as {{ dbt.type_string() }}) as collection_year,
        cast(null as date) as year_start,
        cast(null as date) as year_end
    where 1 = 0
    {%- endif %}
    {%- for year in years %}
    select
        '{{ year }}' as collection_year,
        cast('{{ year[:4] }}-04-01' as date) as year_start,
        cast('{{ year[:4] | int + 1 }}-03-31' as date) as year_end
    {{ 'union all' if not loop.last }}
    {%- endfor %}
{% endmacro %}
