{#- The columns every rule model returns, one row per failing record: la_code,
    collection_year, rule_code, table_name (DfE's name), child, locator (the record's natural
    key as landed: DECOM, REVIEW, MIS_START ...), offending_values ('DEC=...; REC=...'),
    _source_file and _source_row. Select it from a relation that has the mart's columns;
    `values` maps labels to expressions, in display order. -#}
{% macro rule_failures(rule_code, dfe_table, locator=none, values={}) -%}
    la_code,
    collection_year,
    '{{ rule_code }}' as rule_code,
    '{{ dfe_table }}' as table_name,
    child,
    {% if locator %}{{ locator }}{% else %}cast(null as {{ dbt.type_string() }}){% endif %} as locator,
    {{ offending_values(values) }} as offending_values,
    _source_file,
    _source_row
{%- endmacro %}

{% macro offending_values(values) -%}
    {%- if values | length == 0 -%}
        cast(null as {{ dbt.type_string() }})
    {%- else -%}
        concat_ws(
            '; '
        {%- for label, expression in values.items() %},
            concat('{{ label }}=', coalesce(cast({{ expression }} as {{ dbt.type_string() }}), ''))
        {%- endfor %}
        )
    {%- endif -%}
{%- endmacro %}
