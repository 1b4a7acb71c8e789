-- For each council and collection year in the warehouse, how far back a rule that reads the
-- child's history may look. DfE's previous-year rules (and the reference validator) see this
-- return and last year's; rules that read earlier episodes (1000-1002, 199, 554, former UASC)
-- look at every earlier return of the council the warehouse holds, landed or derived, unless
-- the var validation_history is 'two_years'. judged_on says which view a result was judged on:
-- whole_history only when a return before last year's was there to read.
with

returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('ssda903__header') }}

),

held as (

    select
        this_year.la_code,
        this_year.collection_year,
        min({{ collection_start_year('earlier.collection_year') }}) as earliest_start_year
    from returns as this_year
    inner join returns as earlier
        on
            this_year.la_code = earlier.la_code
            and this_year.collection_year >= earlier.collection_year
    group by this_year.la_code, this_year.collection_year

),

scope as (

    select
        la_code,
        collection_year,
        {% if var('validation_history') == 'two_years' %}
            {{ collection_start_year() }} - 1 as history_start_year,
            'two_years' as judged_on
        {% else %}
            least(earliest_start_year, {{ collection_start_year() }} - 1) as history_start_year,
            case
                when earliest_start_year < {{ collection_start_year() }} - 1 then 'whole_history'
                else 'two_years'
            end as judged_on
        {% endif %}
    from held

)

select * from scope
