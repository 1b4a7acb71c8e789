{#- A record of a period (Missing: MIS_START/MIS_END; DoLO: DOLO_START/DOLO_END) still open (its
    end date blank) whose child's care has ceased (577, 707): a record whose start date parses
    and whose end date is blank fails `rule_code` when the child has periods of care in the
    return (int_validation__periods_of_care) and none of them is open and began on or before
    the record's start. One rule model's whole query, reported on the record. -#}
{% macro open_record_after_care_ceased(rule_code, table_name, start_field, end_field) %}
    {%- set table = ssda903_table(table_name) -%}
    {%- set start_date = start_field | lower -%}
    {%- set end_text = end_field | lower ~ '_text' -%}
with

records as (

    select * from {{ ref('ssda903__' ~ table_name) }}
    where
        {{ start_date }} is not null
        and {{ end_text }} is null

),

periods as (

    select * from {{ ref('int_validation__periods_of_care') }}

),

failing as (

    select * from records
    where
        exists (
            select 1 from periods
            where
                periods.la_code = records.la_code
                and periods.collection_year = records.collection_year
                and periods.child = records.child
        )
        and not exists (
            select 1 from periods
            where
                periods.la_code = records.la_code
                and periods.collection_year = records.collection_year
                and periods.child = records.child
                and periods.is_open
                and periods.period_start <= records.{{ start_date }}
        )

)

select
    {{ rule_failures(
        rule_code, table.dfe_name, locator=table.locator,
        values={start_field: start_date ~ '_text', end_field: end_text}
    ) }}
from failing
{% endmacro %}

{#- A period left open at the end of last year's return must be carried on at the start of this
    year's (576 Missing, 706 DoLO): for each record of last year's return of the same LA whose
    start date parses and whose end date is blank, the child's first record this year (earliest
    start date; one whose start does not parse comes last, then file order) must have the same
    start date. Fails on that first record when its start differs (or does not parse), or, when
    the child has no record in this year's return, on last year's open record (reported in this
    year's results, with last year's start date and file). One rule model's whole query. -#}
{% macro open_last_year_not_carried_on(rule_code, table_name, start_field, end_field) %}
    {%- set table = ssda903_table(table_name) -%}
    {%- set start_date = start_field | lower -%}
    {%- set start_text = start_date ~ '_text' -%}
    {%- set end_text = end_field | lower ~ '_text' -%}
with

records as (

    select * from {{ ref('ssda903__' ~ table_name) }}

),

first_this_year as (

    select
        *,
        {{ previous_collection_year() }} as previous_year,
        row_number() over (
            partition by la_code, collection_year, child
            order by {{ start_date }} asc nulls last, _source_file asc, _source_row asc
        ) as record_number
    from records

),

open_last_year as (

    select * from records
    where
        {{ start_date }} is not null
        and {{ end_text }} is null

),

this_year_returns as (

    select distinct
        la_code,
        collection_year,
        {{ previous_collection_year() }} as previous_year
    from {{ ref('ssda903__header') }}

),

first_differs as (

    select
        la_code,
        collection_year,
        child,
        {{ start_text }} as record_start,
        _source_file,
        _source_row
    from first_this_year
    where
        record_number = 1
        and exists (
            select 1 from open_last_year
            where
                open_last_year.la_code = first_this_year.la_code
                and open_last_year.collection_year = first_this_year.previous_year
                and open_last_year.child = first_this_year.child
                and (
                    first_this_year.{{ start_date }} is null
                    or first_this_year.{{ start_date }} != open_last_year.{{ start_date }}
                )
        )

),

none_this_year as (

    select
        open_last_year.la_code,
        this_year_returns.collection_year,
        open_last_year.child,
        open_last_year.{{ start_text }} as record_start,
        open_last_year._source_file,
        open_last_year._source_row
    from open_last_year
    inner join this_year_returns
        on
            open_last_year.la_code = this_year_returns.la_code
            and open_last_year.collection_year = this_year_returns.previous_year
    where not exists (
        select 1 from records as this_year
        where
            this_year.la_code = open_last_year.la_code
            and this_year.collection_year = this_year_returns.collection_year
            and this_year.child = open_last_year.child
    )

),

failing as (

    select * from first_differs
    union all
    select * from none_this_year

)

select
    {{ rule_failures(
        rule_code, table.dfe_name, locator='record_start',
        values={start_field: 'record_start'}, judged_on="'two_years'"
    ) }}
from failing
{% endmacro %}
