{#- Rules on a child's age on a date of an episode (302, 352, 358, 359, 371-374, 386, 387, 389,
    407, 460, 234). One rule model's whole query: an episode of `model` (ssda903__episodes, or
    int_validation__episode_sequence) where `where` holds fails `rule_code` when the child's age
    in completed years (age_in_years(), from the Header's DOB) on `age_on` satisfies `age_fails`
    ('< 10', '>= 18'). `where` and `age_on` are SQL on the episode, its columns qualified
    `episodes.` (for example 'episodes.decom'). A DOB or date that is blank or does not parse
    gives no age, so the episode is not judged; a child with two Header rows is judged on each.
    With `header_too`, each Header row whose DOB fails an episode is reported as well, once, as
    DfE's validator does for the rules that name both tables. -#}
{% macro episode_age_rule(
    rule_code, where, age_on, age_fails, values={}, model='ssda903__episodes', header_too=false
) %}
    {%- set age_fails_on_episode -%}
        header.la_code = episodes.la_code
        and header.collection_year = episodes.collection_year
        and header.child = episodes.child
        and {{ age_in_years('header.dob', age_on) }} {{ age_fails }}
    {%- endset -%}
with

episodes as (

    select * from {{ ref(model) }}

),

header as (

    select * from {{ ref('ssda903__header') }}

),

failing_episodes as (

    select episodes.* from episodes
    where
        {{ where }}
        and exists (
            select 1 from header
            where
                {{ age_fails_on_episode }}
        )

){{ ',' if header_too }}
{%- if header_too %}

failing_header as (

    select header.* from header
    where
        exists (
            select 1 from episodes
            where
                {{ where }}
                and {{ age_fails_on_episode }}
        )

)
{%- endif %}

select
    {{ rule_failures(rule_code, 'Episodes', locator='decom_text', values=values) }}
from failing_episodes
{%- if header_too %}

union all

select
    {{ rule_failures(rule_code, 'Header', values={'DOB': 'dob_text'}) }}
from failing_header
{%- endif %}
{% endmacro %}
