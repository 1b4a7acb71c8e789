-- 197a: an SDQ score and a reason for having no score are never both given.
{{ single_table_rule('197a', 'oc2',
    where="sdq_score is not null and sdq_reason is not null",
    values={'SDQ_SCORE': 'sdq_score', 'SDQ_REASON': 'sdq_reason'}) }}
