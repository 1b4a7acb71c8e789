-- Every measure family's rows in the measure-rows interface (docs/analytics.md): one model per
-- family, models/analytics/measures/int_analytics__measure_rows_<family>.sql, listed by
-- `cic codegen`; family_model names the family a row came from.
{{ measure_rows_union() }}
