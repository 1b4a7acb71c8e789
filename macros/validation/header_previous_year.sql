{#- Header rules that compare a child's Header (and UASC record) with last year's return, and
    the Header codes they read.

    sex_letter(sex, collection_year): SEX as M, F or U in every year. Up to 2023-24 DfE coded
    it 1 (male) and 2 (female): in those years 1 and 2 are read as M and F and any other value
    (M or F a year early included) is no sex code, null, as the year's code list has it (rule
    101 reports the value). From 2024-25 the value is kept as it is.

    header_previous_year_rule(rule_code, where, values): one rule model's whole query. Every
    row of int_validation__header_last_year (this year's Header row with last year's values as
    last_<column>) where `where` holds fails `rule_code` in DfE's Header table, judged on two
    years' returns.

    uasc_previous_year_rule(rule_code, where, values): the same for rules about a child's UASC
    status in both years (205A-205C): every child in this year's Header (and in last year's
    too, unless in_both_years is false) for whom `where` holds
    is reported in the Header and, where the child has one, in this year's UASC table. `where`
    reads int_validation__header_last_year's columns (uasc_status, duc, last_uasc_status,
    last_duc, last_uasc_dob ...). -#}
{% macro sex_letter(sex, collection_year) -%}
    case
        when {{ collection_year }} >= '2024-25' then {{ sex }}
        when {{ sex }} = '1' then 'M'
        when {{ sex }} = '2' then 'F'
    end
{%- endmacro %}

{% macro header_previous_year_rule(rule_code, where, values={}) %}
with

header as (

    select * from {{ ref('int_validation__header_last_year') }}
    where in_last_year

),

failing as (

    select * from header
    where
        {{ where }}

)

select
    {{ rule_failures(rule_code, 'Header', values=values, judged_on="'two_years'") }}
from failing
{% endmacro %}

{% macro uasc_previous_year_rule(rule_code, where, values={}, in_both_years=true) %}
with

header as (

    select * from {{ ref('int_validation__header_last_year') }}
    {%- if in_both_years %}
    where in_last_year
    {%- endif %}

),

failing_header as (

    select * from header
    where
        {{ where }}

),

failing_uasc as (

    {#- Not aliased `uasc`: inside the subquery Spark would read uasc.la_code as a field of
        failing_header's UASC column (an inner column wins over an outer alias there). #}
    select * from {{ ref('ssda903__uasc') }} as uasc_rows
    where
        exists (
        select 1 from failing_header
        where
            failing_header.la_code = uasc_rows.la_code
            and failing_header.collection_year = uasc_rows.collection_year
            and failing_header.child = uasc_rows.child
    )

)

select
    {{ rule_failures(rule_code, 'Header', values=values, judged_on="'two_years'") }}
from failing_header

union all

select
    {{ rule_failures(
        rule_code, 'UASC', values={'DUC': 'duc_text'}, judged_on="'two_years'"
    ) }}
from failing_uasc
{% endmacro %}
