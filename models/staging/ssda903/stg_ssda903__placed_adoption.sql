-- The PlacedAdoption rows of each LA's current placed_adoption file: values trimmed, codes
-- upper case, dates parsed with the original text kept beside them. Superseded loads left out.
with

source as (

    select * from {{ source('raw', 'ssda903__placed_adoption') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'placed_adoption'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ parse_dmy_date('source.date_placed') }} as date_placed,
        {{ clean_text('source.date_placed') }} as date_placed_text,
        {{ parse_dmy_date('source.date_placed_ceased') }} as date_placed_ceased,
        {{ clean_text('source.date_placed_ceased') }} as date_placed_ceased_text,
        {{ clean_code('source.reason_placed_ceased') }} as reason_placed_ceased,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
