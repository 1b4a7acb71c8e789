{#
    Local code -> DfE code, from the local_code_map seed (via stg_reference__local_code_map).

    A map row with a blank la_code holds for every council on that source system; a row naming
    the council is tried first. Values are compared trimmed and upper-cased, and a row applies
    on a date between its valid_from and valid_to (either may be blank: open).
    A value with no mapping is never nulled or guessed: its code is the value as it arrived
    (trimmed), and local_code_is_mapped() is false, so that the family's code_values model can
    list it in validation.unmapped_codes.

    Staging maps a family's values in one place only, its coded-values model
    (base_<family>__coded_values, one row per mapped value: cms_coded_rows below); the contract
    models take the codes from there (cms_coded_join).
#}

{% macro local_code_joins(alias, source_system, domain, value_expr, la_expr, date_expr=none) %}
    {%- for scope in ['la', 'all'] %}
    left join {{ ref('stg_reference__local_code_map') }} as {{ alias }}_{{ scope }}
        on
            {{ alias }}_{{ scope }}.source_system = '{{ source_system }}'
            and {{ alias }}_{{ scope }}.domain = '{{ domain }}'
            and {{ alias }}_{{ scope }}.local_value = upper({{ trim_spaces(value_expr) }})
            {%- if scope == 'la' %}
            and {{ alias }}_{{ scope }}.la_code = {{ la_expr }}
            {%- else %}
            and {{ alias }}_{{ scope }}.la_code is null
            {%- endif %}
            {%- if date_expr is not none %}
            and ({{ alias }}_{{ scope }}.valid_from is null or {{ alias }}_{{ scope }}.valid_from <= {{ date_expr }})
            and ({{ alias }}_{{ scope }}.valid_to is null or {{ date_expr }} <= {{ alias }}_{{ scope }}.valid_to)
            {%- endif %}
    {%- endfor %}
{% endmacro %}

{% macro local_code_is_mapped(alias) -%}
    ({{ alias }}_la.dfe_code is not null or {{ alias }}_all.dfe_code is not null)
{%- endmacro %}

{#
    One mapped column of one relation, as rows of the family's coded values: for every row whose
    value is not blank, its la_code, _load_id and _source_row (the raw row that holds the value),
    the column's name (source_column), the domain, the value as it arrived (trimmed: local_value),
    its DfE code (code: the mapped code, else the value as it arrived) and whether it maps.
    - rows: the relation (a CTE) holding la_code, _load_id, _source_row and `column`;
    - where: a further condition on its rows; on_date: the date a dated mapping row must hold on;
    - mapping_groups: map through the family's base_<family>__mapping_groups (la_code, domain,
      mapped_value, category_value: the Mosaic extract's own mapping table) instead of the seed;
    - also_blank: values that mean no value too (compared trimmed, upper case), e.g. ['NA'];
    - upper_unmapped: an unmapped value is upper-cased (as a code compared upper case is).
#}
{% macro cms_coded_rows(
    source_system, rows, domain, column, where=none, on_date=none, mapping_groups=false,
    also_blank=[], upper_unmapped=false
) %}
    {%- set value = rows ~ '.' ~ column %}
    {%- set unmapped = clean_code(value) if upper_unmapped else clean_text(value) %}
    select
        {{ rows }}.la_code,
        {{ rows }}._load_id,
        {{ rows }}._source_row,
        '{{ column }}' as source_column,
        '{{ domain }}' as domain,  -- noqa: RF04
        {{ clean_text(value) }} as local_value,
        {%- if not mapping_groups %}
        coalesce(mapped_la.dfe_code, mapped_all.dfe_code, {{ unmapped }}) as code,
        {{ local_code_is_mapped('mapped') }} as is_mapped
    from {{ rows }}
    {{ local_code_joins('mapped', source_system, domain, value, rows ~ '.la_code', on_date) }}
        {%- else %}
        coalesce(mapped.category_value, {{ unmapped }}) as code,
        mapped.category_value is not null as is_mapped
    from {{ rows }}
    left join {{ ref('base_' ~ source_system ~ '__mapping_groups') }} as mapped
        on
            {{ rows }}.la_code = mapped.la_code
            and mapped.domain = '{{ domain }}'
            and upper({{ clean_text(value) }}) = mapped.mapped_value
        {%- endif %}
    where
        {{ clean_text(value) }} is not null
        {%- for blank in also_blank %}
        and {{ clean_code(value) }} != '{{ blank }}'
        {%- endfor %}
        {%- if where is not none %}
        and {{ where }}
        {%- endif %}
{% endmacro %}

{#
    The code of one mapped column of `rows` (a relation with _load_id and _source_row), from the
    family's coded values: `alias`.code (null when the value is blank).
#}
{% macro cms_coded_join(alias, source_system, rows, column) %}
    left join {{ ref('base_' ~ source_system ~ '__coded_values') }} as {{ alias }}
        on
            {{ rows }}._load_id = {{ alias }}._load_id
            and {{ rows }}._source_row = {{ alias }}._source_row
            and {{ alias }}.source_column = '{{ column }}'
{% endmacro %}

{#
    A family's coded values counted (stg_<family>__code_values, read by validation.unmapped_codes):
    one row per LA, domain and value as it arrived, whether it maps on every row that carries it,
    and how many rows carry it.
#}
{% macro cms_code_value_counts(source_system) %}
    select
        la_code,
        domain,  -- noqa: RF04
        local_value,
        min(case when is_mapped then 1 else 0 end) = 1 as is_mapped,
        count(*) as rows_affected
    from {{ ref('base_' ~ source_system ~ '__coded_values') }}
    group by la_code, domain, local_value  -- noqa: RF04
{% endmacro %}
