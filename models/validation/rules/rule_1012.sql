-- 1012: a child with no episode in the collection year (a care leaver reported only for OC3)
-- has no other data: no placement-for-adoption, missing, review, AD1, previous-permanence or
-- OC2 record. Each such record is flagged in its own table.
{% set tables = ['placed_adoption', 'missing', 'reviews', 'ad1', 'prev_perm', 'oc2'] %}
with

children_with_episodes as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__episodes') }}

),

{% for table_name in tables %}
    failing_{{ table_name }} as (

        select {{ table_name }}.*
        from {{ ref('ssda903__' ~ table_name) }} as {{ table_name }}
        left join children_with_episodes
            on
                {{ table_name }}.la_code = children_with_episodes.la_code
                and {{ table_name }}.collection_year = children_with_episodes.collection_year
                and {{ table_name }}.child = children_with_episodes.child
        where children_with_episodes.child is null

    ){{ ',' if not loop.last }}
{% endfor %}

{% for table_name in tables %}
    {%- set table = ssda903_table(table_name) %}
    select
        {{ rule_failures(
            '1012', table.dfe_name, locator=table.locator, values={'CHILD': 'child'}
        ) }}
    from failing_{{ table_name }}
    {% if not loop.last %}union all{% endif %}
{% endfor %}
