-- The PrevPerm rows of each LA's current prev_perm file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__prev_perm') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'prev_perm'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ clean_code('source.prev_perm') }} as prev_perm,
        {{ clean_code('source.la_perm') }} as la_perm,
        {{ parse_dmy_date('source.date_perm') }} as date_perm,
        {{ clean_text('source.date_perm') }} as date_perm_text,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
