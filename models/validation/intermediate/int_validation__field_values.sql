-- Every value of every 903 mart, one row per record and field: the long form the single-field
-- rules read. Dates are given as landed text, so a date that does not parse can be reported.
with

field_values as (

    {% for table in ssda903_tables() %}
        {%- set mart = ref('ssda903__' ~ table.name) -%}
        {%- set dates = ssda903_date_columns(table.name) -%}
        {%- for column in ssda903_columns(table.name) %}
            select
                la_code,
                collection_year,
                '{{ table.name }}' as table_name,
                '{{ table.dfe_name }}' as dfe_table_name,
                child,
                {{ table.locator or 'cast(null as ' ~ dbt.type_string() ~ ')' }} as locator,
                '{{ column | upper }}' as field,
                {{ column }}{{ '_text' if column in dates else '' }} as field_value,
                _source_file,
                _source_row
            from {{ mart }}
            {% if not loop.last %}union all{% endif %}
        {%- endfor %}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

)

select * from field_values
