-- The Missing table derived from the common data model for each derived collection year: every
-- missing or away-from-placement episode overlapping the year, for children looked after in it,
-- that began while the child was looked after (on or after the start of one of its periods of
-- care, and on or before that period's end unless it is still open). A CMS also records children
-- missing from home before or after care: DfE's Missing table is of children missing from care,
-- and such an incident in the return would fail rule 581 (missing before care began) or 578
-- (after care ended). MIS_END is blank when the child came back after 31 March (or has not yet).
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_looked_after') }}

),

missing as (

    select
        {{ ssda903_child_columns('children') }},
        missing_episodes.missing_type_code as missing,
        {{ ssda903_date('missing_episodes.started_on', 'mis_start') }},
        {{ ssda903_date(
            'missing_episodes.ended_on', 'mis_end',
            when='missing_episodes.ended_on <= children.year_end'
        ) }},
        {{ ssda903_derived_source() }}
    from children
    inner join {{ ref('int_cdm__missing_episodes') }} as missing_episodes
        on {{ ssda903_child_record_in_year('children', 'missing_episodes') }}
    where
        exists (
            select 1 from {{ ref('int_cdm__periods_of_care') }} as periods_of_care
            where
                {{ cdm_key_join('periods_of_care', 'missing_episodes') }}
                and missing_episodes.started_on >= periods_of_care.started_on
                and (
                    periods_of_care.ended_on is null
                    or missing_episodes.started_on <= periods_of_care.ended_on
                )
        )

)

select * from missing
