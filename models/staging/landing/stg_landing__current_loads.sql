-- The load that is current for each LA, source system, collection year and table: the latest
-- landed one. A newer file for the same table supersedes the older one here; raw keeps both.
-- 903 files are per collection year; a CMS extract spans years (collection_year null), so a
-- newer extract of a table replaces the older one whole.
with

loads as (

    select * from {{ source('raw', '_loads') }}
    where status = 'landed'

),

load_tables as (

    select * from {{ source('raw', '_load_tables') }}

),

current_loads as (

    select
        loads.la_code,
        loads.source_system,
        loads.collection_year,
        load_tables.table_name,
        max(loads.load_id) as load_id
    from loads
    inner join load_tables on loads.load_id = load_tables.load_id
    group by loads.la_code, loads.source_system, loads.collection_year, load_tables.table_name

)

select * from current_loads
