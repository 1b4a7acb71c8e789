{#- A rule that is one predicate on the rows of one table: one rule model's whole query. Every
    row of the mart ssda903__<table_name> where `where` holds fails `rule_code`, reported under
    DfE's name of the table and its natural key (ssda903_table()), with `values` as in
    rule_failures(). `where` is SQL on the mart's columns; a shared macro goes in with `~`:
        where="dob > " ~ collection_end()
    `model` reads instead a model that carries every row of the mart and more columns
    (int_ssda903__placement_la, int_validation__episode_sequence). `listed_field`, a DfE field
    of the table ('REVIEW_CODE'), gives `where` the column listed_code: the field's value when
    it is a code of the year's list (code_list()), else null. -#}
{% macro single_table_rule(
    rule_code, table_name, where, values={}, model=none, listed_field=none
) %}
    {%- set table = ssda903_table(table_name) -%}
with

{{ table_name }} as (

    select * from {{ ref(model or 'ssda903__' ~ table_name) }}

),
{%- if listed_field %}

code_list as (

    {{ code_list(table_name, listed_field) }}

),

checked as (

    select
        {{ table_name }}.*,
        code_list.code as listed_code
    from {{ table_name }}
    left join code_list
        on
            {{ table_name }}.collection_year = code_list.collection_year
            and {{ table_name }}.{{ listed_field | lower }} = code_list.code

),
{%- endif %}

failing as (

    select * from {{ 'checked' if listed_field else table_name }}
    where
        {{ where }}

)

select
    {{ rule_failures(rule_code, table.dfe_name, locator=table.locator, values=values) }}
from failing
{% endmacro %}

{#- The entry of ssda903_tables() for one of our table names (header, episodes, ...). -#}
{% macro ssda903_table(table_name) -%}
    {%- set found = ssda903_tables() | selectattr('name', 'equalto', table_name) | list -%}
    {%- if found | length != 1 -%}
        {{ exceptions.raise_compiler_error('no 903 table named ' ~ table_name) }}
    {%- endif -%}
    {{ return(found[0]) }}
{%- endmacro %}

{#- A list of strings as an SQL list of literals: ['M1', 'F1'] -> ('M1', 'F1'). -#}
{% macro sql_list(strings) -%}
    ('{{ strings | join("', '") }}')
{%- endmacro %}
