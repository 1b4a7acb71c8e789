-- The Episodes rows of each LA's current episodes file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__episodes') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'episodes'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.decom') }} as decom,
        {{ clean_text('source.decom') }} as decom_text,
        {{ clean_code('source.rne') }} as rne,
        {{ clean_code('source.ls') }} as ls,
        {{ clean_code('source.cin') }} as cin,
        {{ clean_code('source.place') }} as place,
        {{ clean_code('source.place_provider') }} as place_provider,
        {{ parse_dmy_date('source.dec') }} as dec,
        {{ clean_text('source.dec') }} as dec_text,
        {{ clean_code('source.rec') }} as rec,
        {{ clean_code('source.reason_place_change') }} as reason_place_change,
        {{ clean_code('source.home_post') }} as home_post,
        {{ clean_code('source.pl_post') }} as pl_post,
        {{ clean_code('source.urn') }} as urn,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
