-- The cohorts DfE's rules speak of, one row per council, collection year and child found in
-- that year's Header or Episodes (rows whose CHILD is blank are left out). Ages come from the
-- child's Header date of birth (the earliest, should the Header repeat the child); a date that
-- does not parse leaves the ages and birthdays null.
-- OC2 cohort (looked after continuously for at least 12 months at 31 March), as DfE derives
-- CONTINUOUSLY_LOOKED_AFTER: an episode open at some time in the year and no episode that breaks
-- the year: none starts a period of care (RNE S) after 1 April, none ends one (REC other than X1,
-- blank included) from 1 April to 31 March, none is a short break (LS V3, V4) in the year. A
-- child whose care ended on 31 March itself is not looked after at 31 March (the reference
-- validator counts that day as still in care: known defect ceased_31_march).
-- OC3 cohort (care leavers): the young person's 17th to 21st birthday falls in the year
-- (care_leaver_birthday), with whether an episode covers that day. Throughout, an episode whose
-- end date (DEC) is blank or does not parse counts as still open; one whose start date (DECOM)
-- does not parse counts nowhere.
with

header as (

    select
        la_code,
        collection_year,
        child,
        min(dob) as dob
    from {{ ref('ssda903__header') }}
    where child is not null
    group by la_code, collection_year, child

),

episodes as (

    select
        *,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end
    from {{ ref('ssda903__episodes') }}
    where child is not null

),

children as (

    select
        la_code,
        collection_year,
        child
    from header
    union
    select
        la_code,
        collection_year,
        child
    from episodes

),

episode_flags as (

    select
        la_code,
        collection_year,
        child,
        case
            when decom <= year_end and (dec >= year_start or dec is null) then 1 else 0
        end as open_in_year,
        case
            when rne = 'S' and decom > year_start and decom <= year_end then 1
            when coalesce(rec, '') != 'X1' and dec between year_start and year_end then 1
            when
                ls in ('V3', 'V4')
                and decom <= year_end
                and (dec >= year_start or dec is null)
                then 1
            else 0
        end as breaks_year,
        case
            when decom <= year_end and (dec is null or dec > year_end) then 1 else 0
        end as open_at_year_end,
        case
            when dec between year_start and year_end and coalesce(rec, '') != 'X1' then 1 else 0
        end as ends_care_in_year,
        case
            when dec between year_start and year_end and rec in ('E11', 'E12') then 1 else 0
        end as ends_in_adoption_in_year
    from episodes

),

episode_summary as (

    select
        la_code,
        collection_year,
        child,
        max(open_in_year) = 1 as looked_after_in_year,
        max(open_in_year) = 1 and max(breaks_year) = 0 as continuously_looked_after_12_months,
        max(open_at_year_end) = 1 as looked_after_on_31_march,
        max(ends_care_in_year) = 1 as ceased_in_year,
        max(ends_in_adoption_in_year) = 1 as adopted_in_year
    from episode_flags
    group by la_code, collection_year, child

),

ages as (

    select
        children.la_code,
        children.collection_year,
        children.child,
        header.dob,
        {{ age_in_years('header.dob', collection_start('children.collection_year')) }}
            as age_at_start,
        {{ age_in_years('header.dob', collection_end('children.collection_year')) }}
            as age_at_end
    from children
    left join header
        on
            children.la_code = header.la_code
            and children.collection_year = header.collection_year
            and children.child = header.child

),

care_leaver_birthdays as (

    select
        *,
        case when age_at_end between 17 and 21 then age_at_end end as care_leaver_age,
        case
            when age_at_end between 17 and 21
                then cast({{ dbt.dateadd('year', 'age_at_end', 'dob') }} as date)
        end as care_leaver_birthday
    from ages

),

looked_after_on_birthday as (

    select distinct
        birthdays.la_code,
        birthdays.collection_year,
        birthdays.child
    from care_leaver_birthdays as birthdays
    inner join episodes
        on
            birthdays.la_code = episodes.la_code
            and birthdays.collection_year = episodes.collection_year
            and birthdays.child = episodes.child
    where
        episodes.decom <= birthdays.care_leaver_birthday
        and (episodes.dec is null or episodes.dec > birthdays.care_leaver_birthday)

),

cohorts as (

    select
        birthdays.la_code,
        birthdays.collection_year,
        birthdays.child,
        birthdays.dob,
        birthdays.age_at_start,
        birthdays.age_at_end,
        coalesce(episode_summary.looked_after_in_year, false) as looked_after_in_year,
        coalesce(episode_summary.looked_after_on_31_march, false) as looked_after_on_31_march,
        coalesce(episode_summary.continuously_looked_after_12_months, false)
            as continuously_looked_after_12_months,
        coalesce(episode_summary.ceased_in_year, false) as ceased_in_year,
        coalesce(episode_summary.adopted_in_year, false) as adopted_in_year,
        birthdays.care_leaver_age,
        birthdays.care_leaver_birthday,
        case
            when birthdays.care_leaver_birthday is null then null
            else on_birthday.child is not null
        end as looked_after_on_care_leaver_birthday
    from care_leaver_birthdays as birthdays
    left join episode_summary
        on
            birthdays.la_code = episode_summary.la_code
            and birthdays.collection_year = episode_summary.collection_year
            and birthdays.child = episode_summary.child
    left join looked_after_on_birthday as on_birthday
        on
            birthdays.la_code = on_birthday.la_code
            and birthdays.collection_year = on_birthday.collection_year
            and birthdays.child = on_birthday.child

)

select * from cohorts
