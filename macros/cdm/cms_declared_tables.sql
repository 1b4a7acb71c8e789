{#- The tables each CMS family built (var cms_sources) declares: the raw_<family> sources, which
    `cic codegen` writes from contracts/cms/<family>.yml. A select of (source_system,
    table_name), one row per table; typed and empty when no family is built. -#}
{% macro cms_declared_tables() %}
{%- set declared = [] %}
{#- The graph is filled at execution (sqlfluff's compilation has none of its sources). #}
{%- set sources = graph.get('sources', {}) if execute else {} %}
{%- for family in var('cms_sources') %}
    {%- for source in sources.values() if source.source_name == 'raw_' ~ family %}
        {%- do declared.append((family, source.name[family | length + 2:])) %}
    {%- endfor %}
{%- endfor %}
{%- for family, table in declared | sort %}
    select
        '{{ family }}' as source_system,
        '{{ table }}' as table_name
    {{- '\n    union all' if not loop.last }}
{%- else %}
    select
        cast(null as {{ dbt.type_string() }}) as source_system,
        cast(null as {{ dbt.type_string() }}) as table_name
    where 1 = 0
{%- endfor %}
{% endmacro %}
