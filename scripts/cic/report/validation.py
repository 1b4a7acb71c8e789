"""Each return's standing against DfE's rules, from the validation marts.

validation.summary gives the standing of each return (passes Stage 1, Stage 1 errors, Stage 2
queries) and each rule's failing records; validation.rules the rule's description;
validation.error_history the counts at every build, for the trend.
"""

from __future__ import annotations

from datetime import datetime

import duckdb

from cic.report.model import Council, ReturnStatus, RuleFailure, TrendPoint

_RETURNS = """
with children as (
    select la_code, collection_year, count(distinct child) as children
    from validation.errors
    group by la_code, collection_year
)
select s.la_code, s.collection_year, bool_and(s.return_passes_stage_1),
    max(s.return_stage_1_errors), max(s.return_stage_2_queries),
    count(*) filter (where s.failing_records > 0), coalesce(max(c.children), 0)
from validation.summary as s
left join children as c on c.la_code = s.la_code and c.collection_year = s.collection_year
group by s.la_code, s.collection_year
order by s.la_code, s.collection_year desc
"""

_RULES = """
select s.la_code, s.collection_year, s.rule_code, s.stage, coalesce(r.message, s.message),
    s.failing_records, s.failing_children
from validation.summary as s
left join validation.rules as r
    on r.collection_year = s.collection_year and r.rule_code = s.rule_code
where s.failing_records > 0
order by s.la_code, s.collection_year desc, s.stage, s.failing_records desc, s.rule_code
"""

_TREND = """
select h.la_code, h.collection_year, r.stage, h.built_at, sum(h.failing_records)
from validation.error_history as h
join validation.rules as r
    on r.collection_year = h.collection_year and r.rule_code = h.rule_code
group by h.la_code, h.collection_year, r.stage, h.build_id, h.built_at
order by h.la_code, h.collection_year, r.stage, h.built_at
"""

_COUNCILS = """
with codes as (select distinct la_code from validation.summary)
select codes.la_code, coalesce(c.la_name, a.la_name)
from codes
left join staging.councils as c on c.la_code = codes.la_code
left join reference.local_authorities as a on a.la_code = codes.la_code
order by codes.la_code
"""


def read_councils(con: duckdb.DuckDBPyConnection) -> tuple[Council, ...]:
    """Every council with a return, named from the council register or DfE's LA list."""
    return tuple(Council(code, name) for code, name in con.execute(_COUNCILS).fetchall())


def read_returns(con: duckdb.DuckDBPyConnection) -> tuple[ReturnStatus, ...]:
    """Each return's standing, latest collection year first within a council."""
    return tuple(
        ReturnStatus(
            la_code=la,
            collection_year=year,
            passes_stage_1=bool(passes),
            stage_1_errors=int(stage_1 or 0),
            stage_2_queries=int(stage_2 or 0),
            rules_failing=int(rules),
            children_with_errors=int(children),
        )
        for la, year, passes, stage_1, stage_2, rules, children in con.execute(_RETURNS).fetchall()
    )


def read_rule_failures(con: duckdb.DuckDBPyConnection) -> tuple[RuleFailure, ...]:
    """The rules that fail in each return, Stage 1 first, most failing records first."""
    return tuple(
        RuleFailure(
            la_code=la,
            collection_year=year,
            rule_code=rule,
            stage=stage,
            description=description or "",
            failing_records=int(records),
            failing_children=int(children),
        )
        for la, year, rule, stage, description, records, children in con.execute(_RULES).fetchall()
    )


def read_trend(con: duckdb.DuckDBPyConnection) -> tuple[TrendPoint, ...]:
    """Failing records per return, stage and build, oldest build first."""
    return tuple(
        TrendPoint(la, year, stage, built_at, int(records))
        for la, year, stage, built_at, records in con.execute(_TREND).fetchall()
    )


def read_built_at(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """When the build that made these marts started (UTC), from validation.error_history."""
    row = con.execute("select max(built_at) from validation.error_history").fetchone()
    return row[0] if row else None
