-- The UASC table derived from the common data model for each derived collection year: children
-- with an unaccompanied-asylum-seeker status who are looked after in the year, including those
-- also in its OC3 cohort (rule 1014 refuses UASC information only for a care leaver who was not
-- looked after). DUC is the date the status ceased (the 18th birthday). A year reads the latest
-- status that had begun by its 31 March: a status recorded as beginning later is not the year's.
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_looked_after') }}

),

sex_codes as (

    {{ ssda903_sex_code_lists() }}

),

-- Each child's statuses begun by the year's end, the latest first.
statuses_in_year as (

    select
        children.*,
        uasc_statuses.ended_on as status_ended_on,
        row_number() over (
            partition by {{ cdm_key('children', ['collection_year']) }}
            order by uasc_statuses.started_on desc nulls last, uasc_statuses.ended_on desc
        ) as recency
    from children
    inner join {{ ref('int_cdm__uasc_statuses') }} as uasc_statuses
        on
            {{ cdm_key_join('children', 'uasc_statuses') }}
            and (
                uasc_statuses.started_on is null
                or children.year_end >= uasc_statuses.started_on
            )

),

uasc as (

    select
        {{ ssda903_child_columns(
            'statuses_in_year', sex_uses_letters='sex_codes.uses_letters'
        ) }},
        {{ ssda903_date('statuses_in_year.status_ended_on', 'duc') }},
        {{ ssda903_derived_source() }}
    from statuses_in_year
    left join sex_codes on statuses_in_year.collection_year = sex_codes.collection_year
    where statuses_in_year.recency = 1

)

select * from uasc
