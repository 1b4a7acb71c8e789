{#-
    The common data model assembled from the CMS families' staging folders. The contract (each
    entity's columns and types) is declared in contracts/cdm.yml and generated into
    macros/cdm/cdm_contract.sql.
-#}

{#
    One CDM entity: the contract columns from every CMS source in var('cms_sources'), each row
    tagged with its source_system. With no CMS source configured it is an empty, typed table.
#}
{% macro cdm_union(entity) %}
    {%- set columns = cdm_contract()[entity] -%}
    {%- set sources = var('cms_sources') -%}
    {%- if sources | length == 0 %}
    select
        cast(null as {{ dbt.type_string() }}) as la_code,
        cast(null as {{ dbt.type_string() }}) as source_system,
        {%- for column in columns %}
        cast(null as {{ cdm_column_type(column) }}) as {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    where 1 = 0
    {%- endif %}
    {%- for source_system in sources %}
    select
        cast(la_code as {{ dbt.type_string() }}) as la_code,
        '{{ source_system }}' as source_system,
        {%- for column in columns %}
        cast({{ column }} as {{ cdm_column_type(column) }}) as {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ ref('stg_' ~ source_system ~ '__' ~ entity) }}
    {{ 'union all' if not loop.last }}
    {%- endfor %}
{% endmacro %}

{#
    Every coded value of every CMS source in var('cms_sources') that went through a local
    mapping (stg_<source>__code_values): la_code, source_system, domain, local_value,
    is_mapped, rows_affected. Empty and typed with no CMS source configured.
#}
{% macro cms_code_values() %}
    {%- set sources = var('cms_sources') -%}
    {%- if sources | length == 0 %}
    select
        cast(null as {{ dbt.type_string() }}) as la_code,
        cast(null as {{ dbt.type_string() }}) as source_system,
        cast(null as {{ dbt.type_string() }}) as domain,
        cast(null as {{ dbt.type_string() }}) as local_value,
        cast(null as boolean) as is_mapped,
        cast(null as bigint) as rows_affected
    where 1 = 0
    {%- endif %}
    {%- for source_system in sources %}
    select
        la_code,
        '{{ source_system }}' as source_system,
        domain,
        local_value,
        is_mapped,
        rows_affected
    from {{ ref('stg_' ~ source_system ~ '__code_values') }}
    {{ 'union all' if not loop.last }}
    {%- endfor %}
{% endmacro %}
