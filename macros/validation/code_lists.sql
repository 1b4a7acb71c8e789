{#- The year's valid codes of one field of the return (seed ssda903_code_lists): a query of
    collection_year and code, for a CTE of a rule that checks codes beyond the single-field
    rules. `table_name` is ours (episodes), `field` DfE's (PLACE_PROVIDER). -#}
{% macro code_list(table_name, field) -%}
    select
        collection_year,
        code
    from {{ ref('ssda903_code_lists') }}
    where table_name = '{{ table_name }}' and field = '{{ field }}'
{%- endmacro %}
