{#- The union of the analytics families (docs/analytics.md). dbt must see every ref() when it
    parses, so the lists come from macros/analytics/measure_models.sql, which `cic codegen`
    writes from the files under models/analytics/. When the model runs, the lists are checked
    against dbt's graph: a model tagged measure_rows (or measure_quality) and named after its
    kind that is not listed, or a listed one that is gone, fails the build by name. -#}

{% macro analytics_family_models(kind) -%}
    {%- if kind == 'measure_rows' -%}
        {{ return({'prefix': 'int_analytics__measure_rows_', 'listed': measure_row_models()}) }}
    {%- elif kind == 'measure_quality' -%}
        {{ return({'prefix': 'int_analytics__measure_quality_', 'listed': measure_quality_models()}) }}
    {%- else -%}
        {{ exceptions.raise_compiler_error('analytics_family_models: unknown kind ' ~ kind) }}
    {%- endif -%}
{%- endmacro %}

{% macro analytics_check_families(kind) -%}
    {%- set families = analytics_family_models(kind) -%}
    {%- if execute -%}
        {%- set tagged = [] -%}
        {%- for node in graph.nodes.values() -%}
            {%- if node.resource_type == 'model' and kind in node.tags and node.name.startswith(families.prefix) -%}
                {%- do tagged.append(node.name) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- set unlisted = tagged | reject('in', families.listed) | list -%}
        {%- set gone = families.listed | reject('in', tagged) | list -%}
        {%- if unlisted or gone -%}
            {{ exceptions.raise_compiler_error(
                kind ~ ' families in the graph and in macros/analytics/measure_models.sql differ'
                ~ (': not listed ' ~ (unlisted | join(', ')) if unlisted else '')
                ~ (': listed but not tagged ' ~ kind ~ ' in the graph ' ~ (gone | join(', ')) if gone else '')
                ~ '. Run `cic codegen` (a family is models/analytics/measures/' ~ families.prefix
                ~ '<family>.sql, tagged ' ~ kind ~ ').'
            ) }}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}

{#- Every measure family's rows, in the interface's columns and types. With no family there is
    nothing to publish: the build stops and says how to add one (sqlfluff, which compiles every
    model against the lint target, gets an empty model instead). -#}
{% macro measure_rows_union() -%}
    {%- set families = analytics_family_models('measure_rows') -%}
    {{- analytics_check_families('measure_rows') -}}
    {%- if families.listed | length == 0 and execute and target.name != 'lint' -%}
        {{ exceptions.raise_compiler_error(
            'int_analytics__measure_rows: no measure family. Add models/analytics/measures/'
            ~ families.prefix ~ '<family>.sql emitting the measure-rows interface '
            ~ '(docs/analytics.md), then run `cic codegen`.'
        ) }}
    {%- endif -%}
    {%- for model in families.listed %}
    select
        cast(la_code as {{ dbt.type_string() }}) as la_code,
        cast(time_period as integer) as time_period,
        cast(measure_id as {{ dbt.type_string() }}) as measure_id,
        cast(breakdown_topic as {{ dbt.type_string() }}) as breakdown_topic,
        cast(breakdown as {{ dbt.type_string() }}) as breakdown,
        cast(numerator as double) as numerator,
        cast(denominator as double) as denominator,
        '{{ model }}' as family_model
    from {{ ref(model) }}
    {% if not loop.last %}union all{% endif %}
    {%- endfor %}
{%- endmacro %}

{#- Every quality signal family's rows; none is an empty result, not an error. -#}
{% macro measure_quality_union() -%}
    {%- set families = analytics_family_models('measure_quality') -%}
    {{- analytics_check_families('measure_quality') -}}
    {%- for model in families.listed %}
    select
        cast(la_code as {{ dbt.type_string() }}) as la_code,
        cast(time_period as integer) as time_period,
        cast(measure_id as {{ dbt.type_string() }}) as measure_id,
        cast(signal as {{ dbt.type_string() }}) as signal,
        cast(share as double) as share
    from {{ ref(model) }}
    union all
    {%- endfor %}
    select
        cast(null as {{ dbt.type_string() }}) as la_code,
        cast(null as integer) as time_period,
        cast(null as {{ dbt.type_string() }}) as measure_id,
        cast(null as {{ dbt.type_string() }}) as signal,
        cast(null as double) as share
    where 1 = 0
{%- endmacro %}
