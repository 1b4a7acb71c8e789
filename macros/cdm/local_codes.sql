{#
    Local code -> DfE code, from the local_code_map seed (via stg_reference__local_code_map).

    A map row with a blank la_code holds for every council on that source system; a row naming
    the council is tried first. Values are compared trimmed and upper-cased, and a row applies
    on a date between its valid_from and valid_to (either may be blank: open).
    A value with no mapping is never nulled or guessed: local_code() returns it as it arrived
    (trimmed), and local_code_is_mapped() is false, so that the source's code_values model can
    list it in validation.unmapped_codes.

    Use in a staging model:
        select {{ local_code('pt', 'e.placementtypecode') }} as placement_type_code, ...
        from episodes as e
        {{ local_code_joins('pt', 'eclipse', 'placement_type', 'e.placementtypecode',
                            'e.la_code', 'e.started_on') }}
#}

{% macro local_code_joins(alias, source_system, domain, value_expr, la_expr, date_expr=none) %}
    {%- for scope in ['la', 'all'] %}
    left join {{ ref('stg_reference__local_code_map') }} as {{ alias }}_{{ scope }}
        on
            {{ alias }}_{{ scope }}.source_system = '{{ source_system }}'
            and {{ alias }}_{{ scope }}.domain = '{{ domain }}'
            and {{ alias }}_{{ scope }}.local_value = upper(trim({{ value_expr }}))
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

{% macro local_code(alias, value_expr) -%}
    coalesce({{ alias }}_la.dfe_code, {{ alias }}_all.dfe_code, nullif(trim({{ value_expr }}), ''))
{%- endmacro %}

{% macro local_code_is_mapped(alias) -%}
    ({{ alias }}_la.dfe_code is not null or {{ alias }}_all.dfe_code is not null)
{%- endmacro %}
