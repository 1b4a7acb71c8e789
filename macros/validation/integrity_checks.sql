{#- DfE's integrity checks (INT01-INT36) between the Header and the other tables of one LA's
    return for one year. Each macro is one rule model's whole query, reporting the records of
    `table_name` (one of our 903 table names) under DfE's table name and natural key. CHILD is
    compared as landed (trimmed; its case is kept). -#}

{#- INT01-INT09: a record whose CHILD is not a CHILD of the Header. A blank CHILD names no child
    of the Header, so it fails. -#}
{% macro child_missing_from_header(rule_code, table_name) %}
    {%- set table = ssda903_table(table_name) -%}
with

records as (

    select * from {{ ref('ssda903__' ~ table_name) }}

),

header as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__header') }}

),

failing as (

    select records.* from records
    left join header
        on
            records.la_code = header.la_code
            and records.collection_year = header.collection_year
            and records.child = header.child
    where header.child is null

)

select
    {{ rule_failures(rule_code, table.dfe_name, locator=table.locator, values={'CHILD': 'child'}) }}
from failing
{% endmacro %}

{#- INT11-INT18, INT21: a record whose `field` (dob or sex) differs from the child's in the
    Header. Dates are compared as dates, so 1/4/2020 equals 01/04/2020; both values must be
    given (and a date must parse): a blank or unparseable value is another rule's concern. A
    child with two Header rows is compared with each. -#}
{% macro field_differs_from_header(rule_code, table_name, field) %}
    {%- set table = ssda903_table(table_name) -%}
    {%- set is_date = field in ssda903_date_columns(table_name) -%}
with

records as (

    select * from {{ ref('ssda903__' ~ table_name) }}

),

header as (

    select * from {{ ref('ssda903__header') }}

),

failing as (

    select records.* from records
    where
        records.{{ field }} is not null
        and exists (
            select 1 from header
            where
                header.la_code = records.la_code
                and header.collection_year = records.collection_year
                and header.child = records.child
                and header.{{ field }} is not null
                and header.{{ field }} != records.{{ field }}
        )

)

select
    {{ rule_failures(
        rule_code, table.dfe_name, locator=table.locator,
        values={field | upper: field ~ ('_text' if is_date else '')}
    ) }}
from failing
{% endmacro %}

{#- INT31-INT36: a table that holds one record per child has more than one for a CHILD: every
    record of that child fails. Blank CHILD values are not a child and are not counted. -#}
{% macro child_more_than_once(rule_code, table_name) %}
    {%- set table = ssda903_table(table_name) -%}
with

records as (

    select * from {{ ref('ssda903__' ~ table_name) }}

),

counted as (

    select
        *,
        count(*) over (partition by la_code, collection_year, child) as records_of_child
    from records
    where child is not null

),

failing as (

    select * from counted
    where records_of_child > 1

)

select
    {{ rule_failures(
        rule_code, table.dfe_name, locator=table.locator,
        values={'CHILD': 'child', 'RECORDS': 'records_of_child'}
    ) }}
from failing
{% endmacro %}
