-- Per LA, collection year and implemented rule in force: failing records and children (zero
-- when the rule passes), so a dashboard can chart every rule; and, on every row of a return,
-- DfE's two stages for the whole return: it passes Stage 1 when no Stage 1 rule fails (Stage 1
-- errors stop a submission), and each failing record of a Stage 2 rule is a query DfE raises.
with

returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('ssda903__header') }}

),

implemented as (

    select * from {{ ref('validation__rules') }}
    where implementation != 'not_implemented'

),

failures as (

    select
        la_code,
        collection_year,
        rule_code,
        count(*) as failing_records,
        count(distinct child) as failing_children
    from {{ ref('validation__errors') }}
    group by la_code, collection_year, rule_code

),

summary as (

    select
        returns.la_code,
        returns.collection_year,
        implemented.rule_code,
        implemented.stage,
        implemented.message,
        coalesce(failures.failing_records, 0) as failing_records,
        coalesce(failures.failing_children, 0) as failing_children
    from returns
    inner join implemented on returns.collection_year = implemented.collection_year
    left join failures
        on
            returns.la_code = failures.la_code
            and returns.collection_year = failures.collection_year
            and implemented.rule_code = failures.rule_code

),

stages as (

    select
        *,
        cast(
            sum(case when stage = '1' then failing_records else 0 end)
                over (partition by la_code, collection_year)
            as {{ dbt.type_bigint() }}
        ) as return_stage_1_errors,
        cast(
            sum(case when stage = '2' then failing_records else 0 end)
                over (partition by la_code, collection_year)
            as {{ dbt.type_bigint() }}
        ) as return_stage_2_queries
    from summary

)

select
    la_code,
    collection_year,
    rule_code,
    stage,
    message,
    failing_records,
    failing_children,
    return_stage_1_errors = 0 as return_passes_stage_1,
    return_stage_1_errors,
    return_stage_2_queries
from stages
