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

{#- Run at the end of every dbt run (on-run-end in dbt_project.yml): when the run built
    int_ssda903__derived_years, one line on the console and in dbt's log says which collection
    years each CMS-fed council's return was derived for, and where they came from, and names a
    council whose extract gave none (council codes and years, no value of a child). The nightly
    run copies the line into its log. Nothing otherwise. -#}
{% macro log_derived_years(results) -%}
    {%- if execute -%}
        {%- set built = [] -%}
        {%- for result in results
            if result.node.unique_id == 'model.cic.int_ssda903__derived_years'
            and result.status == 'success' -%}
            {%- do built.append(result.node.relation_name) -%}
        {%- endfor -%}
        {%- if built -%}
            {%- set extracts = graph.nodes['model.cic.stg_landing__cms_extracts_as_of'].relation_name -%}
            {%- set years = {} -%}
            {%- for row in run_query(
                'select distinct extracts.la_code, years.collection_year from ' ~ extracts
                ~ ' as extracts left join ' ~ built[0] ~ ' as years'
                ~ ' on extracts.la_code = years.la_code order by 1, 2').rows -%}
                {%- do years.setdefault(row[0], []) -%}
                {%- if row[1] is not none -%}
                    {%- do years[row[0]].append(row[1]) -%}
                {%- endif -%}
            {%- endfor -%}
            {%- set why = 'as ssda903_years names them' if ssda903_derived_years()
                else "each council's extract: the year it was taken in and the one before" -%}
            {%- set no_year = 'none (its extract holds no date of a supported collection year)' -%}
            {%- set each = [] -%}
            {%- for la, la_years in years.items() -%}
                {%- do each.append(la ~ ' ' ~ (la_years | join(', ') or no_year)) -%}
            {%- endfor -%}
            {%- set shared = years.values() | map('join', ', ') | unique | list -%}
            {%- if not years -%}
                {%- set line = 'no CMS-fed return derived (no CMS extract landed)' -%}
            {%- elif shared | length == 1 and shared[0] -%}
                {%- set line = 'CMS-fed returns derived for ' ~ shared[0] ~ ' (' ~ why ~ ')' -%}
            {%- else -%}
                {%- set line = 'CMS-fed returns derived per council: ' ~ each | join('; ')
                    ~ ' (' ~ why ~ ')' -%}
            {%- endif -%}
            {{ log(line, info=True) }}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
