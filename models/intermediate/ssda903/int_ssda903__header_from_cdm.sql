-- The Header table derived from the common data model for each derived collection year: every
-- child with a period of care overlapping the year or in its OC3 cohort. SEX is M/F when the
-- year's code list has M, else 1/2. UPN is the UPN (or UN1-UN5 code) in force on 1 April, or
-- for a child born later the first one recorded. MOTHER and MC_DOB only for girls with a period
-- that is not a short break in the year: a mother when her first child was born by 31 March, or
-- by the day she last ceased to be looked after if she was not looked after at 31 March.
with

children as (

    select * from {{ ref('int_ssda903__children_in_year_from_cdm') }}

),

identifiers as (

    select * from {{ ref('int_cdm__person_identifiers') }}
    where identifier_type in ('UPN', 'UPN_UNKNOWN')

),

sex_codes as (

    {{ ssda903_sex_code_lists() }}

),

upn_ranked as (

    select
        children.la_code,
        children.source_system,
        children.child_id,
        children.collection_year,
        identifiers.identifier_value,
        row_number() over (
            partition by {{ cdm_key('children', ['collection_year']) }}
            order by
                case
                    when identifiers.valid_from > children.year_start then identifiers.valid_from
                    else children.year_start
                end asc,
                identifiers.valid_from desc nulls last,
                identifiers.identifier_type asc
        ) as preference
    from children
    inner join identifiers
        on
            {{ cdm_key_join('children', 'identifiers') }}
            and (identifiers.valid_to is null or children.year_start <= identifiers.valid_to)

),

-- the day motherhood is judged on: 31 March, or the day she last ceased to be looked after
as_at as (

    select
        children.*,
        case
            when children.in_care_at_year_end then children.year_end
            else coalesce(children.care_ended_on, children.year_end)
        end as mother_as_at
    from children

),

mothers as (

    select
        as_at.*,
        case
            when as_at.has_care_period and as_at.sex_code = 'F'
                then coalesce(as_at.first_child_born_on <= as_at.mother_as_at, false)
        end as is_mother
    from as_at

),

header as (

    select
        {{ ssda903_child_columns('mothers', sex_uses_letters='sex_codes.uses_letters') }},
        mothers.ethnicity_code as ethnic,
        upn_ranked.identifier_value as upn,
        case when mothers.is_mother then '1' when not mothers.is_mother then '0' end as mother,
        {{ ssda903_date('mothers.first_child_born_on', 'mc_dob', when='mothers.is_mother') }},
        cast(null as {{ dbt.type_string() }}) as uasc,
        {{ ssda903_derived_source() }}
    from mothers
    left join sex_codes on mothers.collection_year = sex_codes.collection_year
    left join upn_ranked
        on
            {{ cdm_key_join('mothers', 'upn_ranked', ['collection_year']) }}
            and upn_ranked.preference = 1

)

select * from header
