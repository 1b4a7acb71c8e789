-- One row per build, LA, collection year and rule: the failing counts as each build found them.
-- Appended by every build (incremental), so a dashboard can show errors falling as an LA cleans
-- its data. A full refresh starts the history again.
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail') }}

with

summary as (

    select * from {{ ref('validation__summary') }}

),

history as (

    select
        '{{ invocation_id }}' as build_id,
        cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S") }}' as timestamp) as built_at,
        la_code,
        collection_year,
        rule_code,
        failing_records,
        failing_children
    from summary

)

select * from history
