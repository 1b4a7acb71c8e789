-- 104: a date UASC status ceased, where given, must be a valid date within or after the
-- collection year: a DUC that does not parse, or that falls before 1 April, fails.
{{ single_table_rule('104', 'uasc',
    where="duc_text is not null and (duc is null or duc < " ~ collection_start() ~ ")",
    values={'DUC': 'duc_text'}) }}
