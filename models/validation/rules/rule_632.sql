-- 632: a date of previous permanence order, where given, must be a valid date before the child
-- started to be looked after: DATE_PERM is dd/mm/yyyy, where an unknown day or month may be ZZ
-- (and an unknown year ZZZZ; in either case, as DfE's tools read it); it is read as the latest
-- date it can be (a ZZ month is December, a ZZ day the month's last day; with a ZZZZ year it is
-- valid but not compared). It fails when it is not such a date, or when it is on or after the
-- DECOM of the child's first episode in the return (by start date, a tie going to the earlier
-- row). Both the PrevPerm record and that episode are reported; children without a dated
-- episode are not judged.
with

prev_perm as (

    select
        *,
        upper(substr(date_perm_text, 1, 2)) as day_part,
        upper(substr(date_perm_text, 4, 2)) as month_part,
        upper(substr(date_perm_text, 7, 4)) as year_part
    from {{ ref('ssda903__prev_perm') }}
    where date_perm_text is not null

),

partial_dates as (

    select
        *,
        case
            when date_perm is not null then date_perm
            when
                length(date_perm_text) = 10
                and substr(date_perm_text, 3, 1) = '/'
                and substr(date_perm_text, 6, 1) = '/'
                and (day_part = 'ZZ' or month_part = 'ZZ' or year_part = 'ZZZZ')
                then {{ parse_dmy_date(
                    "concat(case when day_part = 'ZZ' then '01' else day_part end, '/', "
                    ~ "case when month_part = 'ZZ' then '12' else month_part end, '/', "
                    ~ "case when year_part = 'ZZZZ' then '2000' else year_part end)"
                ) }}
        end as first_possible
    from prev_perm

),

read_dates as (

    select
        *,
        case
            when first_possible is null or year_part = 'ZZZZ' then null
            when date_perm is null and day_part = 'ZZ'
                then cast({{ dbt.last_day('first_possible', 'month') }} as date)
            else first_possible
        end as latest_possible
    from partial_dates

),

first_episode as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where
        episode_number = 1
        and decom is not null

),

pairs as (

    select
        read_dates.la_code,
        read_dates.collection_year,
        read_dates.child,
        read_dates.date_perm_text,
        read_dates._source_file as prev_perm_source_file,
        read_dates._source_row as prev_perm_source_row,
        first_episode.decom_text,
        first_episode._source_file as episode_source_file,
        first_episode._source_row as episode_source_row
    from read_dates
    inner join first_episode
        on
            read_dates.la_code = first_episode.la_code
            and read_dates.collection_year = first_episode.collection_year
            and read_dates.child = first_episode.child
    where
        read_dates.first_possible is null
        or read_dates.latest_possible >= first_episode.decom

),

failing_prev_perm as (

    select distinct
        la_code,
        collection_year,
        child,
        date_perm_text,
        decom_text,
        prev_perm_source_file as _source_file,
        prev_perm_source_row as _source_row
    from pairs

),

failing_episodes as (

    select distinct
        la_code,
        collection_year,
        child,
        date_perm_text,
        decom_text,
        episode_source_file as _source_file,
        episode_source_row as _source_row
    from pairs

)

select
    {{ rule_failures(
        '632', 'PrevPerm', values={'DATE_PERM': 'date_perm_text', 'DECOM': 'decom_text'}
    ) }}
from failing_prev_perm
union all
select
    {{ rule_failures(
        '632', 'Episodes', locator='decom_text',
        values={'DATE_PERM': 'date_perm_text', 'DECOM': 'decom_text'}
    ) }}
from failing_episodes
