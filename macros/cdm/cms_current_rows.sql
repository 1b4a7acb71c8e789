{#
    The rows of raw.<source_system>__<table> that belong to the current extract of each LA
    (the latest landed load of that table; older loads stay in raw). Every raw column is kept,
    all text, with the audit columns (_la_code, _load_id, _source_file, _source_row).
#}
{% macro cms_current_rows(source_system, table) %}
    select raw_rows.*
    from {{ source('raw_' ~ source_system, source_system ~ '__' ~ table) }} as raw_rows
    inner join {{ ref('stg_landing__current_loads') }} as current_loads
        on
            raw_rows._load_id = current_loads.load_id
            and current_loads.table_name = '{{ table }}'
{% endmacro %}
