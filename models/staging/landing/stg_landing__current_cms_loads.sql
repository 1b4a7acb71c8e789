-- The load that is current for each LA, CMS source system and extract table: the latest landed
-- one. A CMS extract holds the whole history, so a newer extract of a table replaces the older.
with

loads as (

    select * from {{ source('raw', '_loads') }}
    where source_system != 'ssda903' and status = 'landed'

),

load_tables as (

    select * from {{ source('raw', '_load_tables') }}

),

current_loads as (

    select
        loads.la_code,
        loads.source_system,
        load_tables.table_name,
        max(loads.load_id) as load_id
    from loads
    inner join load_tables on loads.load_id = load_tables.load_id
    group by loads.la_code, loads.source_system, load_tables.table_name

)

select * from current_loads
