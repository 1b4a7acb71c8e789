{#- Pieces the adoption rules share (PlacedAdoption, AD1 and the episodes around them).

    adoption_episodes(relation, in_year): the Episodes rows of `relation` that ended in an
    adoption (REC E11 or E12); with in_year, only those whose DEC falls in the collection year
    (the "adopted in year" cohort of 601 and 602).

    one_episode_per_child(where, pick): per council, year and child, the first (or, with
    pick='latest', the latest) episode by start date among those where `where` holds and the
    start date parses; a tie goes to the earlier episode in the child's order (file order).

    same_child(a, b): rows of relations a and b are of the same council, year and child.

    same_landed_date(a, b): two dates (a and b are column names, their texts a_text and b_text
    beside them) are the same: both parse and are equal, or neither parses and the texts given
    are equal. A blank is the same as nothing. -#}
{% macro adoption_episodes(relation, in_year=false) -%}
    select * from {{ relation }}
    where
        rec in ('E11', 'E12')
        {%- if in_year %}
            and dec between {{ collection_start() }} and {{ collection_end() }}
        {%- endif %}
{%- endmacro %}

{% macro one_episode_per_child(where, pick='first') -%}
    select * from (
        select
            *,
            row_number() over (
                partition by la_code, collection_year, child
                order by decom {{ 'desc' if pick == 'latest' else 'asc' }}, episode_number asc
            ) as position_in_pick
        from {{ ref('int_validation__episode_sequence') }}
        where
            decom is not null
            and ({{ where }})
    ) as ranked
    where position_in_pick = 1
{%- endmacro %}

{% macro same_child(a, b) -%}
    {{ a }}.la_code = {{ b }}.la_code
    and {{ a }}.collection_year = {{ b }}.collection_year
    and {{ a }}.child = {{ b }}.child
{%- endmacro %}

{% macro same_landed_date(a, b) -%}
    (
        coalesce({{ a }} = {{ b }}, false)
        or (
            {{ a }} is null
            and {{ b }} is null
            and coalesce({{ a }}_text = {{ b }}_text, false)
        )
    )
{%- endmacro %}

{#- A rule that pairs each child's rows of two relations (CTEs of the rule, `first` and
    `second`, each a dict: cte, the CTE's name; table, our name of the 903 table its rows are;
    values, as in rule_failures()). A row of `first` fails when the child has a row of `second`
    for which `condition` holds (SQL naming both CTEs), or, given `first_alone`, when the child
    has no row of `second` at all and `first_alone` holds; with report_second (the default) a
    row of `second` fails when the child has a row of `first` for which `condition` holds. Each
    failing record is reported in its own table. The union of the selects; `judged_on` as in
    rule_failures(). -#}
{% macro paired_failures(
    rule_code, first, second, condition,
    first_alone=none, report_second=true, judged_on="'this_year'"
) -%}
    {%- set sides = [(first, second, first_alone)] -%}
    {%- if report_second %}{% do sides.append((second, first, none)) %}{% endif -%}
    {%- for rows, others, alone in sides %}
        {%- set table = ssda903_table(rows.table) %}
    select
        {{ rule_failures(
            rule_code, table.dfe_name, locator=table.locator,
            values=rows.get('values', {}), judged_on=judged_on
        ) }}
    from {{ rows.cte }}
    where
        exists (
            select 1 from {{ others.cte }}
            where
                {{ same_child(others.cte, rows.cte) }}
                and ({{ condition }})
        )
        {%- if alone %}
            or (
                ({{ alone }})
                and not exists (
                    select 1 from {{ others.cte }}
                    where {{ same_child(others.cte, rows.cte) }}
                )
            )
        {%- endif %}
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}
{%- endmacro %}

{#- A PlacedAdoption rule against last year's return (559, 560, 561, 584): this year's rows
    (CTE this_year) against the same child's rows of the council's previous collection year
    (CTE last_year). With fails_when='any' a row fails when a row of last year meets
    `condition` (naming this_year and last_year); with 'none', when last year's return is in
    the warehouse (its Header) and no row of last year meets it, and `where` holds. -#}
{% macro placed_adoption_against_last_year(rule_code, condition, fails_when='any', where='true') %}
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

this_year as (

    select
        *,
        {{ previous_collection_year() }} as previous_year
    from placed_adoption

),

last_year as (

    select * from placed_adoption

),

{%- if fails_when == 'none' %}

returns_held as (

    select distinct
        la_code,
        collection_year
    from {{ ref('ssda903__header') }}

),
{%- endif %}

failing as (

    select this_year.* from this_year
    where
        {%- if fails_when == 'none' %}
            ({{ where }})
            and exists (
                select 1 from returns_held
                where
                    returns_held.la_code = this_year.la_code
                    and returns_held.collection_year = this_year.previous_year
            )
            and not exists (
        {%- else %}
            ({{ where }})
            and exists (
        {%- endif %}
                select 1 from last_year
                where
                    last_year.la_code = this_year.la_code
                    and last_year.collection_year = this_year.previous_year
                    and last_year.child = this_year.child
                    and ({{ condition }})
            )

)

select
    {{ rule_failures(
        rule_code, 'PlacedAdoption', locator='date_placed_text',
        values={
            'DATE_PLACED': 'date_placed_text',
            'DATE_PLACED_CEASED': 'date_placed_ceased_text',
            'REASON_PLACED_CEASED': 'reason_placed_ceased',
        },
        judged_on="'two_years'"
    ) }}
from failing
{% endmacro %}

{#- An order that means the decision to place the child for adoption was taken (553: a
    placement order, LS E1; 555: a freeing order, LS D1): an episode under `legal_status` fails
    when the child has no PlacedAdoption record, and while such an episode is open (no DEC) the
    child's PlacedAdoption records saying the decision ceased (DATE_PLACED_CEASED or
    REASON_PLACED_CEASED given) fail. One rule model's whole query. -#}
{% macro order_needs_adoption_decision(rule_code, legal_status) %}
with

order_episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where ls = '{{ legal_status }}'

),

open_order_episodes as (

    select * from order_episodes
    where dec_text is null

),

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

ceased_decisions as (

    select * from placed_adoption
    where date_placed_ceased_text is not null or reason_placed_ceased is not null

)

{{ paired_failures(
    rule_code,
    {'cte': 'order_episodes', 'table': 'episodes', 'values': {'LS': 'ls'}},
    {'cte': 'placed_adoption', 'table': 'placed_adoption'},
    condition='false',
    first_alone='true',
    report_second=false
) }}

union all

{{ paired_failures(
    rule_code,
    {'cte': 'ceased_decisions', 'table': 'placed_adoption',
        'values': {'DATE_PLACED_CEASED': 'date_placed_ceased_text',
            'REASON_PLACED_CEASED': 'reason_placed_ceased'}},
    {'cte': 'open_order_episodes', 'table': 'episodes'},
    condition='true',
    report_second=false
) }}
{% endmacro %}
