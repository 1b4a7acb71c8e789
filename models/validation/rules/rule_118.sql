-- 118: a date the child should no longer be placed for adoption (DATE_PLACED_CEASED), where it
-- parses, must not be before the collection year, nor before the child started to be looked
-- after: the DECOM of the child's earliest episode by start date other than respite care (LS
-- V3 or V4; a blank LS counts; episodes whose start date does not parse are left out). The
-- record and that episode are reported; a record of a child without episodes is still held to
-- the start of the collection year.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

first_episode as (

    {{ one_episode_per_child("coalesce(ls, '') not in ('V3', 'V4')") }}

)

{{ paired_failures(
    '118',
    {'cte': 'placed_adoption', 'table': 'placed_adoption',
        'values': {'DATE_PLACED_CEASED': 'date_placed_ceased_text'}},
    {'cte': 'first_episode', 'table': 'episodes',
        'values': {'DECOM': 'decom_text', 'LS': 'ls'}},
    condition="placed_adoption.date_placed_ceased < first_episode.decom"
        ~ " or placed_adoption.date_placed_ceased < "
        ~ collection_start('placed_adoption.collection_year'),
    first_alone="placed_adoption.date_placed_ceased < "
        ~ collection_start('placed_adoption.collection_year')
) }}
