-- 105: the Header's UASC flag must be 0 or 1. The flag exists only in the XML return: for
-- 903 CSV files DfE derives it from the UASC table, so rows landed from CSV are not checked.
{{ single_table_rule('105', 'header',
    where="lower(_source_file) like '%.xml' and coalesce(uasc, '') not in ('0', '1')",
    values={'UASC': 'uasc'}) }}
