{#- The 903 tables as the rules see them: our table name, DfE's name, the natural key that
    locates a record (a column of the mart, or none), and the DfE columns, read from the raw
    source definition so that there is one list of columns in the dbt project. -#}
{% macro ssda903_tables() -%}
    {{ return([
        {'name': 'header', 'dfe_name': 'Header', 'locator': none},
        {'name': 'episodes', 'dfe_name': 'Episodes', 'locator': 'decom_text'},
        {'name': 'uasc', 'dfe_name': 'UASC', 'locator': none},
        {'name': 'reviews', 'dfe_name': 'Reviews', 'locator': 'review_text'},
        {'name': 'ad1', 'dfe_name': 'AD1', 'locator': none},
        {'name': 'placed_adoption', 'dfe_name': 'PlacedAdoption', 'locator': 'date_placed_text'},
        {'name': 'prev_perm', 'dfe_name': 'PrevPerm', 'locator': none},
        {'name': 'oc2', 'dfe_name': 'OC2', 'locator': none},
        {'name': 'oc3', 'dfe_name': 'OC3', 'locator': none},
        {'name': 'missing', 'dfe_name': 'Missing', 'locator': 'mis_start_text'},
        {'name': 'sw_episodes', 'dfe_name': 'SWEpisodes', 'locator': 'sw_decom_text'},
        {'name': 'dolo', 'dfe_name': 'DoLO', 'locator': 'dolo_start_text'},
    ]) }}
{%- endmacro %}

{% macro ssda903_columns(table_name) -%}
    {%- if not execute -%}{{ return([]) }}{%- endif -%}
    {%- set source_node = graph.sources.get('source.cic.raw.ssda903__' ~ table_name) -%}
    {%- if source_node is none -%}
        {{ exceptions.raise_compiler_error('no raw source for 903 table ' ~ table_name) }}
    {%- endif -%}
    {%- set columns = [] -%}
    {%- for name in source_node.columns.keys() if not name.startswith('_') -%}
        {%- do columns.append(name) -%}
    {%- endfor -%}
    {{ return(columns) }}
{%- endmacro %}

{#- Date columns of a 903 table: those whose mart has a <column>_text beside the typed date. -#}
{% macro ssda903_date_columns(table_name) -%}
    {%- if not execute -%}{{ return([]) }}{%- endif -%}
    {%- set mart = graph.nodes.get('model.cic.ssda903__' ~ table_name) -%}
    {%- set dates = [] -%}
    {%- for name in (mart.columns.keys() if mart else []) if name.endswith('_text') -%}
        {%- do dates.append(name[:-5]) -%}
    {%- endfor -%}
    {{ return(dates) }}
{%- endmacro %}
