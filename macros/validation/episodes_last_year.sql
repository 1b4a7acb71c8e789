{#- Episodes against last year's (452, 453, 502, 503A-503J): when a child's final episode in
    last year's return of the same LA is still open (no DEC), this year's first episode carries
    it on, and `field` (a column of int_ssda903__placement_la: rne, ls, place, pl_la,
    pl_distance ...) must agree between the two. First and final are by start date (episodes
    whose DECOM is blank or does not parse are left out); a tie is broken by file order, the
    earlier row counting as first this year and as final last year. Values differ when one is
    blank and the other not, or when they are not equal; a distance (`distance=true`) differs
    when one is known and the other not, or when the two are 0.2 miles or more apart.
    `same_rne=true` compares only where the two episodes have the same reason for new episode
    (452, 453); `allowed` is a SQL condition on this_value, last_value and collection_year for
    changes DfE accepts (renamed codes); `shown` is the column reported as the values (a date's
    landed text). One rule model's whole query, reported on this year's first episode. -#}
{% macro first_episode_against_last_year(
    rule_code, field, label, distance=false, same_rne=false, allowed='false', shown=none
) %}
with

episodes as (

    select * from {{ ref('int_ssda903__placement_la') }}
    where decom is not null

),

ranked as (

    select
        *,
        {{ previous_collection_year() }} as previous_year,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom asc, _source_file asc, _source_row asc
        ) as position_from_start,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom desc, _source_file asc, _source_row asc
        ) as position_from_end
    from episodes

),

first_this_year as (

    select * from ranked
    where position_from_start = 1

),

final_last_year as (

    select * from ranked
    where position_from_end = 1

),

compared as (

    select
        first_this_year.*,
        first_this_year.{{ field }} as this_value,
        first_this_year.{{ shown or field }} as this_shown,
        final_last_year.{{ field }} as last_value,
        final_last_year.{{ shown or field }} as last_shown
    from first_this_year
    inner join final_last_year
        on
            first_this_year.la_code = final_last_year.la_code
            and first_this_year.previous_year = final_last_year.collection_year
            and first_this_year.child = final_last_year.child
    where
        final_last_year.dec_text is null
        {%- if same_rne %}
        and first_this_year.rne = final_last_year.rne
        {%- endif %}

),

failing as (

    select * from compared
    where
        {%- if distance %}
        (
            (this_value is null and last_value is not null)
            or (this_value is not null and last_value is null)
            or {{ round_double('abs(this_value - last_value) * 10', 0) }} >= 2
        )
        {%- else %}
        coalesce(cast(this_value as {{ dbt.type_string() }}), '')
        != coalesce(cast(last_value as {{ dbt.type_string() }}), '')
        {%- endif %}
        and not ({{ allowed }})

)

select
    {{ rule_failures(
        rule_code, 'Episodes', locator='decom_text',
        values={label: 'this_shown', 'PREVIOUS_YEAR_' ~ label: 'last_shown'},
        judged_on="'two_years'"
    ) }}
from failing
{% endmacro %}
