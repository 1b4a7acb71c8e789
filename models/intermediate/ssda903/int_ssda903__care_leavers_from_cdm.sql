-- The OC3 cohort of each derived collection year, from the common data model, as DfE defines
-- care leavers (and as the generator's render.py decides eligibility): not looked after at
-- 31 March (no period that started by then is open after it); the last period of care (not a
-- short break) ended with a reason other than adoption (E11, E12), death (E2), transfer to
-- another LA (E3) or age assessment (E15); at least 91 days looked after since the 14th birthday;
-- left care after the 16th birthday; a 17th to 21st birthday in the year; and not still looked
-- after on a 17th or 18th birthday falling in the year.
with

years as (

    select * from {{ ref('int_ssda903__derived_years') }}

),

short_breaks as (

    {{ ssda903_short_breaks() }}

),

-- children with a period that started by 31 March and was still open after it
still_looked_after as (

    select distinct
        periods.la_code,
        periods.source_system,
        periods.child_id,
        years.collection_year
    from {{ ref('int_cdm__periods_of_care') }} as periods
    inner join years
        on
            periods.la_code = years.la_code
            and periods.started_on <= years.year_end
            and (periods.ended_on is null or periods.ended_on > years.year_end)

),

-- periods of care, not short breaks, that had ended by 31 March
ended_care as (

    select
        periods.la_code,
        periods.source_system,
        periods.child_id,
        years.collection_year,
        years.year_start,
        years.year_end,
        periods.started_on,
        periods.ended_on,
        periods.reason_ceased_code,
        people.born_on,
        {{ dbt.dateadd('year', 14, 'people.born_on') }} as fourteenth_birthday,
        row_number() over (
            partition by {{ cdm_key('periods') }}, years.collection_year
            order by periods.started_on desc
        ) as recency
    from {{ ref('int_cdm__periods_of_care') }} as periods
    inner join years
        on
            periods.la_code = years.la_code
            and periods.ended_on <= years.year_end
    inner join {{ ref('int_cdm__people') }} as people
        on {{ cdm_key_join('periods', 'people') }}
    left join short_breaks
        on {{ cdm_key_join('periods', 'short_breaks', ['period_of_care_id']) }}
    where not coalesce(short_breaks.is_short_break, false)

),

care_histories as (

    select
        la_code,
        source_system,
        child_id,
        collection_year,
        year_start,
        year_end,
        born_on,
        sum(
            case
                when ended_on > fourteenth_birthday and ended_on > started_on
                    then
                        {{ dbt.datediff(
                            'case when started_on > fourteenth_birthday then started_on '
                            ~ 'else fourteenth_birthday end',
                            'ended_on',
                            'day',
                        ) }}
                else 0
            end
        ) as days_after_fourteenth_birthday,
        max(case when recency = 1 then ended_on end) as left_care_on,
        max(case when recency = 1 then reason_ceased_code end) as last_reason_ceased_code,
        {{ age_in_years('born_on', 'year_end') }} as age_at_year_end
    from ended_care
    group by la_code, source_system, child_id, collection_year, year_start, year_end, born_on

),

birthdays as (

    select
        care_histories.*,
        {{ dbt.dateadd('year', 16, 'care_histories.born_on') }} as sixteenth_birthday,
        {{ dbt.dateadd('year', 'care_histories.age_at_year_end', 'care_histories.born_on') }}
            as birthday_in_year
    from care_histories

),

care_leavers as (

    select
        birthdays.la_code,
        birthdays.source_system,
        birthdays.child_id,
        birthdays.collection_year,
        birthdays.year_start,
        birthdays.year_end,
        birthdays.age_at_year_end as birthday_age,
        birthdays.left_care_on
    from birthdays
    left join still_looked_after
        on {{ cdm_key_join('birthdays', 'still_looked_after', ['collection_year']) }}
    where
        still_looked_after.child_id is null
        and coalesce(birthdays.last_reason_ceased_code, '')
        not in ('E11', 'E12', 'E2', 'E3', 'E15')
        and birthdays.days_after_fourteenth_birthday >= 91
        and birthdays.left_care_on > birthdays.sixteenth_birthday
        and birthdays.age_at_year_end between 17 and 21
        and birthdays.birthday_in_year >= birthdays.year_start
        and not (
            birthdays.age_at_year_end <= 18
            and birthdays.left_care_on >= birthdays.birthday_in_year
        )

)

select * from care_leavers
