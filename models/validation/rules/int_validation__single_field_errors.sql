-- Failures of the single-field rules, which are data (seed single_field_rules), not SQL files:
-- a code not in the year's code list, a date that does not parse, a blank where a value is
-- required, a value that does not match a pattern. Only for the years each rule is in force.
with

checked as (

    select
        field_values.*,
        rules.rule_code,
        rules.check_kind,
        rules.argument,
        rules.blank_allowed,
        code_lists.code as listed_code
    from {{ ref('int_validation__field_values') }} as field_values
    inner join {{ ref('single_field_rules') }} as rules
        on
            field_values.table_name = rules.table_name
            and field_values.field = rules.field
    inner join {{ ref('rule_catalogue') }} as catalogue
        on
            rules.rule_code = catalogue.rule_code
            and field_values.collection_year = catalogue.collection_year
    left join {{ ref('ssda903_code_lists') }} as code_lists
        on
            rules.check_kind = 'code_list'
            and field_values.collection_year = code_lists.collection_year
            and field_values.table_name = code_lists.table_name
            and field_values.field = code_lists.field
            and field_values.field_value = code_lists.code

),

failing as (

    select * from checked
    where
        case
            when field_value is null then not blank_allowed
            when check_kind = 'code_list' then listed_code is null
            when check_kind = 'date' then {{ parse_dmy_date('field_value') }} is null
            when check_kind = 'pattern' then not {{ regex_full_match('field_value', 'argument') }}
            else false
        end

),

single_field_errors as (

    select
        la_code,
        collection_year,
        rule_code,
        dfe_table_name as table_name,
        child,
        locator,
        concat(field, '=', coalesce(field_value, '')) as offending_values,
        _source_file,
        _source_row,
        'this_year' as judged_on
    from failing

)

select * from single_field_errors
