{#
    The common data model's input contract: for each entity, the columns every CMS staging
    folder fills in stg_<source>__<entity> (after la_code), in order. Columns ending in _on,
    valid_from and valid_to are dates; every other column is text. The generator fills the
    same contract (scripts/cic/generate/history.py CONTRACT); a pytest keeps the two equal.
#}
{% macro cdm_contract() %}
    {{ return({
        'people': ['child_id', 'sex_code', 'born_on', 'ethnicity_code', 'first_child_born_on'],
        'person_identifiers': ['child_id', 'identifier_type', 'identifier_value', 'valid_from', 'valid_to'],
        'home_addresses': ['child_id', 'postcode', 'valid_from', 'valid_to'],
        'periods_of_care': ['child_id', 'period_of_care_id', 'started_on', 'ended_on', 'category_of_need_code', 'reason_ceased_code'],
        'legal_statuses': ['child_id', 'legal_status_code', 'started_on', 'ended_on'],
        'placements': ['child_id', 'placement_id', 'started_on', 'ended_on', 'placement_type_code', 'placement_provider_code', 'provider_urn', 'placement_postcode', 'carer_id', 'reason_changed_code'],
        'reviews': ['child_id', 'reviewed_on', 'participation_code'],
        'missing_episodes': ['child_id', 'missing_type_code', 'started_on', 'ended_on'],
        'adoption_decisions': ['child_id', 'decided_on', 'reversed_on', 'reversal_reason_code'],
        'adoptions': ['child_id', 'period_of_care_id', 'decided_on', 'matched_on', 'fostered_by_adopters', 'number_of_adopters', 'adopter_sex_code', 'adopter_legal_status_code'],
        'previous_permanence': ['child_id', 'period_of_care_id', 'permanence_option_code', 'permanence_la_code', 'permanence_date_text'],
        'health_outcomes': ['child_id', 'year_ending_on', 'sdq_score', 'sdq_reason_code', 'convicted', 'health_check', 'immunisations', 'teeth_check', 'health_assessment', 'substance_misuse', 'intervention_received', 'intervention_offered'],
        'care_leaver_contacts': ['child_id', 'contacted_on', 'in_touch_code', 'activity_code', 'accommodation_code'],
        'uasc_statuses': ['child_id', 'started_on', 'ended_on'],
        'social_worker_allocations': ['child_id', 'worker_id', 'started_on', 'ended_on', 'reason_code'],
        'dol_orders': ['child_id', 'started_on', 'ended_on'],
    }) }}
{% endmacro %}

{% macro cdm_column_type(column) -%}
    {%- if column.endswith('_on') or column in ['valid_from', 'valid_to'] -%}
        date
    {%- else -%}
        {{ dbt.type_string() }}
    {%- endif -%}
{%- endmacro %}

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
