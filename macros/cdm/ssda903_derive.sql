{#
    Pieces shared by the models that derive the return from the common data model
    (models/intermediate/ssda903/int_ssda903__*_from_cdm.sql).
#}

{#
    The children of the derived years' returns (int_ssda903__children_in_year_from_cdm) that a
    table selects on: `condition` on its flags (is_looked_after, has_care_period, is_care_leaver),
    and only the years from `first_year` on when the table entered the return later.
#}
{% macro ssda903_children_in_year(condition, first_year=none) %}
    select children_in_year.*
    from {{ ref('int_ssda903__children_in_year_from_cdm') }} as children_in_year
    where
        {{ condition }}
        {%- if first_year %}
        and children_in_year.collection_year >= '{{ first_year }}'
        {%- endif %}
{% endmacro %}

{#
    Whether a record of `row` (from `start_column` to `end_column`, open when that is null)
    overlaps the collection year of `year` (a relation with year_start and year_end): it started
    by 31 March and had not ended before 1 April.
#}
{% macro ssda903_overlaps_year(row, year, start_column='started_on', end_column='ended_on') -%}
    {{ row }}.{{ start_column }} <= {{ year }}.year_end
    and ({{ row }}.{{ end_column }} is null or {{ row }}.{{ end_column }} >= {{ year }}.year_start)
{%- endmacro %}

{#
    A date column of the return and its dd/mm/yyyy text (`column` and `column`_text), from the
    date `value`; both blank unless `when` holds (e.g. an end date after 31 March is not
    returned).
#}
{% macro ssda903_date(value, column, when=none) -%}
    {%- if when is none -%}
        {{ value }} as {{ column }},
        {{ format_dmy_date(value) }} as {{ column }}_text
    {%- else -%}
        case when {{ when }} then {{ value }} end as {{ column }},
        case when {{ when }} then {{ format_dmy_date(value) }} end as {{ column }}_text
    {%- endif -%}
{%- endmacro %}

{# _source_file and _source_row of a derived row: blank, it comes from no landed file. #}
{% macro ssda903_derived_source() -%}
    cast(null as {{ dbt.type_string() }}) as _source_file,
    cast(null as {{ dbt.type_int() }}) as _source_row
{%- endmacro %}

{#
    SEX is 1/2 up to 2023-24 and M/F from 2024-25: the year's code list says which.
    ssda903_sex_code_lists(): per collection_year, uses_letters when the list has M.
    ssda903_sex(sex_code, uses_letters): the CDM's M/F (or other) as the year returns it.
#}
{% macro ssda903_sex_code_lists() %}
    select
        collection_year,
        max(case when code = 'M' then 1 else 0 end) = 1 as uses_letters
    from {{ ref('ssda903_code_lists') }}
    where table_name = 'header' and field = 'SEX'
    group by collection_year
{% endmacro %}

{% macro ssda903_sex(sex_code, uses_letters) -%}
    case
        when coalesce({{ uses_letters }}, false) then {{ sex_code }}
        when {{ sex_code }} = 'M' then '1'
        when {{ sex_code }} = 'F' then '2'
        else {{ sex_code }}
    end
{%- endmacro %}

{#
    Per period of care of the common data model, is_short_break: every episode of it is under
    legal status V3 or V4 (a series of short-term breaks, which DfE counts apart).
#}
{% macro ssda903_short_breaks() %}
    select
        la_code,
        source_system,
        child_id,
        period_of_care_id,
        min(case when legal_status_code in ('V3', 'V4') then 1 else 0 end) = 1 as is_short_break
    from {{ ref('int_cdm__care_episodes') }}
    group by la_code, source_system, child_id, period_of_care_id
{% endmacro %}

{#
    The columns every derived table starts with, from `row` (a child and year of the return):
    la_code, collection_year, child; SEX (see ssda903_sex) when `sex_uses_letters` is given;
    then DOB and its text from `born_on` (the row's born_on unless given).
#}
{% macro ssda903_child_columns(row, born_on=none, sex_uses_letters=none) -%}
    {{ row }}.la_code,
    {{ row }}.collection_year,
    {{ row }}.child_id as child,
    {%- if sex_uses_letters %}
    {{ ssda903_sex(row ~ '.sex_code', sex_uses_letters) }} as sex,
    {%- endif %}
    {{ ssda903_date(born_on or row ~ '.born_on', 'dob') }}
{%- endmacro %}

{#
    Whether a record of `records` (a CDM history with start_column and end_column) belongs to a
    child and year of `children`: the same child, and the record overlaps the year.
#}
{% macro ssda903_child_record_in_year(children, records, start_column='started_on', end_column='ended_on') -%}
    {{ cdm_key_join(children, records) }}
    and {{ ssda903_overlaps_year(records, children, start_column, end_column) }}
{%- endmacro %}

{#
    The periods of care overlapping the derived years (int_ssda903__periods_in_year_from_cdm),
    those `condition` selects, numbered per child and year by start, in `order` (asc or desc):
    `number_column` is 1 for the first.
#}
{% macro ssda903_numbered_periods_in_year(number_column, order='asc', condition=none) %}
    select
        periods_in_year.*,
        row_number() over (
            partition by {{ cdm_key('periods_in_year', ['collection_year']) }}
            order by periods_in_year.started_on {{ order }}
        ) as {{ number_column }}
    from {{ ref('int_ssda903__periods_in_year_from_cdm') }} as periods_in_year
    {%- if condition %}
    where {{ condition }}
    {%- endif %}
{% endmacro %}
