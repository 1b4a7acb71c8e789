-- Per LA, collection year and implemented rule in force: failing records and children (zero
-- when the rule passes), so a dashboard can chart every rule.
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

)

select * from summary
