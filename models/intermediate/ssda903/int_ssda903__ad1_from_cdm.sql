-- The AD1 table derived from the common data model for each derived collection year: every
-- adoption whose period of care ended in the year in adoption (REC E11 or E12). A CMS records the
-- adoption (decision, match, adopters) before its outcome is known: a period that ended any other
-- way (the placement broke down, a special guardianship order) has no AD1 row (rule 602).
with

ad1 as (

    select
        {{ ssda903_child_columns('periods_in_year', born_on='people.born_on') }},
        {{ ssda903_date('adoptions.decided_on', 'date_int') }},
        {{ ssda903_date('adoptions.matched_on', 'date_match') }},
        adoptions.fostered_by_adopters as foster_care,
        adoptions.number_of_adopters as nb_adoptr,
        adoptions.adopter_sex_code as sex_adoptr,
        adoptions.adopter_legal_status_code as ls_adoptr,
        {{ ssda903_derived_source() }}
    from {{ ref('int_ssda903__periods_in_year_from_cdm') }} as periods_in_year
    inner join {{ ref('int_cdm__adoptions') }} as adoptions
        on {{ cdm_key_join('periods_in_year', 'adoptions', ['period_of_care_id']) }}
    left join {{ ref('int_cdm__people') }} as people
        on {{ cdm_key_join('periods_in_year', 'people') }}
    where
        periods_in_year.ended_on between periods_in_year.year_start and periods_in_year.year_end
        and periods_in_year.reason_ceased_code in ('E11', 'E12')

)

select * from ad1
