-- The Reviews rows of each LA's current reviews file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__reviews') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'reviews'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ parse_dmy_date('source.review') }} as review,
        {{ clean_text('source.review') }} as review_text,
        {{ clean_code('source.review_code') }} as review_code,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
