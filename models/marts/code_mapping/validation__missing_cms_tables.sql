-- Tables a council's CMS extract has never supplied: for each council with a landed extract of a
-- family built (var cms_sources), each table the family's declaration lists
-- (contracts/cms/<family>.yml; macro cms_declared_tables) with no file landed for that council. The
-- derivation reads such a table as empty, so the return built from the extract silently lacks
-- what it holds (a missing-person table absent: no missing incidents). A file with its header
-- alone is a landed table with no rows, and is not listed.
with

declared_tables as (

    {{ cms_declared_tables() }}

),

current_loads as (

    select * from {{ ref('stg_landing__current_loads') }}

),

cms_councils as (

    select distinct
        current_loads.la_code,
        current_loads.source_system
    from current_loads
    where current_loads.source_system in (select declared_tables.source_system from declared_tables)

),

missing_tables as (

    select
        cms_councils.la_code,
        cms_councils.source_system,
        declared_tables.table_name
    from cms_councils
    inner join declared_tables
        on cms_councils.source_system = declared_tables.source_system
    left join current_loads
        on
            cms_councils.la_code = current_loads.la_code
            and cms_councils.source_system = current_loads.source_system
            and declared_tables.table_name = current_loads.table_name
    where current_loads.load_id is null

)

select * from missing_tables
