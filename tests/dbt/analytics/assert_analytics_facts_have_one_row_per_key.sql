-- Every child-level fact holds one row per its key (its grain, as its description says). A
-- failing row names the fact, council and year, and how many keys repeat; never a child.
-- One test over every fact, not one per fact: `dbt build` holds a model back until the tests
-- of the models it reads have passed, and a test on, say, analytics__care_episodes alone would
-- hold back every fact built from it behind the validation rules queued before that test. A
-- test that reads every fact holds back only what reads every fact: the measures.
{%- set facts = [
    ('analytics__adoption_journeys', ['la_code', 'time_period', 'child']),
    ('analytics__care_episodes', ['la_code', 'time_period', 'child', 'decom']),
    ('analytics__care_leavers', ['la_code', 'time_period', 'child']),
    ('analytics__ceased_in_year', ['la_code', 'time_period', 'child']),
    ('analytics__children', ['la_code', 'time_period', 'child']),
    ('analytics__looked_after_31_march', ['la_code', 'time_period', 'child']),
    ('analytics__looked_after_during_year', ['la_code', 'time_period', 'child']),
    ('analytics__missing_incidents', ['la_code', 'time_period', 'child', 'kind', 'mis_start']),
    ('analytics__oc2_cohort', ['la_code', 'time_period', 'child']),
    ('analytics__periods_of_care', ['la_code', 'time_period', 'child', 'period_of_care_number']),
    ('analytics__placements', ['la_code', 'time_period', 'child', 'placement_start']),
    ('analytics__started_in_year', ['la_code', 'time_period', 'child']),
] %}
with

repeated_keys as (
    {%- for fact, key in facts %}

        select
            '{{ fact }}' as fact,
            la_code,
            time_period
        from {{ ref(fact) }}
        group by {{ key | join(', ') }}
        having count(*) > 1
        {%- if not loop.last %}

            union all
        {%- endif %}
    {%- endfor %}

)

select
    fact,
    la_code,
    time_period,
    count(*) as repeated_keys
from repeated_keys
group by fact, la_code, time_period
