{#- A rule on the rows of one 903 table that also reads the child's cohorts: every row of the
    mart ssda903__<table_name> where `where` holds fails `rule_code`, reported under DfE's name of
    the table and its natural key. `where` is SQL on the mart's columns and on the columns of
    int_validation__cohorts, which it names `cohort.` (null when the child is in neither the
    Header nor the Episodes of the year; continuously_looked_after_12_months is then false). -#}
{% macro cohort_rule(rule_code, table_name, where, values={}) %}
    {%- set table = ssda903_table(table_name) -%}
with

{{ table_name }} as (

    select * from {{ ref('ssda903__' ~ table_name) }}

),

cohort as (

    select * from {{ ref('int_validation__cohorts') }}

),

failing as (

    select {{ table_name }}.* from {{ table_name }}
    left join cohort
        on
            {{ table_name }}.la_code = cohort.la_code
            and {{ table_name }}.collection_year = cohort.collection_year
            and {{ table_name }}.child = cohort.child
    where
        {{ where }}

)

select
    {{ rule_failures(rule_code, table.dfe_name, locator=table.locator, values=values) }}
from failing
{% endmacro %}

{#- True when any of `columns` of `relation` is given (not null): `any_given('oc3', ['in_touch',
    'activ'])` -> (oc3.in_touch is not null or oc3.activ is not null). -#}
{% macro any_given(relation, columns) -%}
    ({% for column in columns %}{{ relation }}.{{ column }} is not null{{ ' or ' if not loop.last }}{% endfor %})
{%- endmacro %}

{#- The DfE field lists these rules test. -#}
{% macro care_leaver_items() -%}
    {{ return(['in_touch', 'activ', 'accom']) }}
{%- endmacro %}

{% macro oc2_twelve_month_items() -%}
    {{ return([
        'convicted', 'health_check', 'immunisations', 'teeth_check', 'health_assessment',
        'substance_misuse', 'intervention_received', 'intervention_offered',
    ]) }}
{%- endmacro %}

{% macro adoption_items() -%}
    {{ return(['date_int', 'date_match', 'foster_care', 'nb_adoptr', 'sex_adoptr', 'ls_adoptr']) }}
{%- endmacro %}

{#- values= for rule_failures: each column upper-cased as its label. -#}
{% macro labelled(columns) -%}
    {%- set values = {} -%}
    {%- for column in columns -%}{%- do values.update({column | upper: column}) -%}{%- endfor -%}
    {{ return(values) }}
{%- endmacro %}
