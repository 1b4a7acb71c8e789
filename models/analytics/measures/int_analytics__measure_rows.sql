-- Every measure family's rows in the measure-rows interface (docs/analytics.md): one model per
-- family, models/analytics/measures/int_analytics__measure_rows_<family>.sql, listed by
-- `cic codegen`; family_model names the family a row came from. The families are CTEs of this
-- table (their folder makes them ephemeral); the union itself is the table the marts read.
{{ config(materialized='table') }}
{{ measure_rows_union() }}
