-- 528: a placement provider code of PR2 cannot go with placements P1, R2 or R5.
{{ provider_excludes_placements('528', 'PR2', ['P1', 'R2', 'R5']) }}
