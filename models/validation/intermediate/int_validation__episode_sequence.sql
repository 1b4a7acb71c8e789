{{ config(materialized='table') }}

-- Every Episodes row with its place in the child's episodes and the values of the episodes
-- either side of it, so that no rule orders episodes itself. A child's episodes (per LA and
-- collection year) are in DfE's order: by start date (DECOM), episodes whose start date is blank
-- or does not parse last, then in file order. The rules that need another order (388: undated
-- episodes first; 433: a tie on DECOM broken by DEC; 503D: the final episode of a year is the
-- earlier row on a tie) say so and break their remaining ties by episode_number.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        row_number() over child_order as episode_number,
        count(*) over (partition by la_code, collection_year, child) as episodes_of_child,
        lag(dec) over child_order as previous_dec,
        lag(dec_text) over child_order as previous_dec_text,
        lag(rec) over child_order as previous_rec,
        lag(ls) over child_order as previous_ls,
        lag(cin) over child_order as previous_cin,
        lag(place) over child_order as previous_place,
        lag(place_provider) over child_order as previous_place_provider,
        lag(pl_post) over child_order as previous_pl_post,
        lag(urn) over child_order as previous_urn,
        lag(reason_place_change) over child_order as previous_reason_place_change,
        lead(rne) over child_order as next_rne,
        lead(place) over child_order as next_place
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

)

-- Every column of ssda903.episodes and the sequence's own (documented in the yml).
select * from sequenced  -- noqa: AM04
