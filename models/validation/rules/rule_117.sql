-- 117: the dates of a decision that the child should be placed for adoption (DATE_PLACED) and
-- that it should no longer be (DATE_PLACED_CEASED), where they parse, must not be after the
-- end of the collection year, nor after the date the child ceased to be looked after: the DEC
-- of the child's latest episode by start date that did not end with REC X1 (an open episode
-- counts; episodes whose start date does not parse are left out). The record and that episode
-- are reported; a record of a child without episodes is still held to the collection year.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

latest_episode as (

    {{ one_episode_per_child("coalesce(rec, '') != 'X1'", pick='latest') }}

)

{{ paired_failures(
    '117',
    {'cte': 'placed_adoption', 'table': 'placed_adoption',
        'values': {'DATE_PLACED': 'date_placed_text',
            'DATE_PLACED_CEASED': 'date_placed_ceased_text'}},
    {'cte': 'latest_episode', 'table': 'episodes',
        'values': {'DEC': 'dec_text', 'REC': 'rec'}},
    condition="placed_adoption.date_placed > " ~ collection_end('placed_adoption.collection_year')
        ~ " or placed_adoption.date_placed > latest_episode.dec"
        ~ " or placed_adoption.date_placed_ceased > "
        ~ collection_end('placed_adoption.collection_year')
        ~ " or placed_adoption.date_placed_ceased > latest_episode.dec",
    first_alone="placed_adoption.date_placed > " ~ collection_end('placed_adoption.collection_year')
        ~ " or placed_adoption.date_placed_ceased > "
        ~ collection_end('placed_adoption.collection_year')
) }}
