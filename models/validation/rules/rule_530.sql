-- 530: a placement provider code of PR4 cannot go with a placement with parents (P1).
{{ provider_excludes_placements('530', 'PR4', ['P1']) }}
