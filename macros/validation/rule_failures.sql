{#- The columns every rule model returns, one row per failing record: la_code,
    collection_year, rule_code, table_name (DfE's name), child, locator (the record's natural
    key as landed: DECOM, REVIEW, MIS_START ...), offending_values ('DEC=...; REC=...'),
    _source_file, _source_row and judged_on. Select it from a relation that has the mart's
    columns; `values` maps labels to expressions, in display order. `judged_on` is a SQL
    expression saying which returns the rule read: 'this_year' (the return alone, the default),
    'two_years' (with last year's return, as DfE's previous-year rules do) or, for a rule that
    reads every earlier return the warehouse holds, the judged_on column of
    int_validation__history_scope. -#}
{% macro rule_failures(rule_code, dfe_table, locator=none, values={}, judged_on="'this_year'") -%}
    la_code,
    collection_year,
    '{{ rule_code }}' as rule_code,
    '{{ dfe_table }}' as table_name,
    child,
    {% if locator %}{{ locator }}{% else %}cast(null as {{ dbt.type_string() }}){% endif %} as locator,
    {{ offending_values(values) }} as offending_values,
    _source_file,
    _source_row,
    {{ judged_on }} as judged_on
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
