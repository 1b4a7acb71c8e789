{#- What stg_landing__unreadable_cms_dates and stg_landing__unmatched_cms_persons share: each
    lists findings per council, CMS family, extract file and column (la_code, source_system,
    source_file, column_name, rows_affected, first_row) for the families built. -#}

{#- The families of var cms_sources that `declared` (a generated {family: ...} dict) holds. -#}
{% macro cms_families_built(declared) %}
{%- set families = [] %}
{%- for family in var('cms_sources') if family in declared %}
    {%- do families.append(family) %}
{%- endfor %}
{{- return(families) }}
{% endmacro %}

{#- Every date column of the CMS families built, in order, as (family, table, column): from
    `declared`, the generated cms_date_columns(). -#}
{% macro cms_built_date_columns(declared) %}
{%- set found = [] %}
{%- for family in cms_families_built(declared) %}
    {%- for table, columns in declared[family].items() %}
        {%- for column in columns %}
            {%- do found.append((family, table, column)) %}
        {%- endfor %}
    {%- endfor %}
{%- endfor %}
{{- return(found) }}
{% endmacro %}

{#- No findings: the columns, typed, and no row (no family built). -#}
{% macro cms_no_column_findings() %}
    select
        cast(null as {{ dbt.type_string() }}) as la_code,
        cast(null as {{ dbt.type_string() }}) as source_system,
        cast(null as {{ dbt.type_string() }}) as source_file,
        cast(null as {{ dbt.type_string() }}) as column_name,
        cast(null as bigint) as rows_affected,
        cast(null as integer) as first_row
    where 1 = 0
{% endmacro %}
