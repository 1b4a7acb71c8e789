-- Adoptions (AD1): one row per adopted child, from the newest return holding it.
with

source_rows as (

    select * from {{ ref('stg_ssda903__ad1') }}
    where child is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child']) }} as recency
    from source_rows

),

adoptions as (

    select
        la_code,
        child as child_id,
        date_int as should_be_placed_on,
        date_match as matched_on,
        foster_care as adopted_by_foster_carers,
        nb_adoptr as adopter_count,
        sex_adoptr as adopter_sex_code,
        ls_adoptr as adopter_legal_status_code,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from adoptions
