"""The children with the most failing records in each return, and what to look at for each.

validation.errors holds the values a rule found at fault (`LS=V2; PL_POST=...`); they can be
dates of birth or postcodes, so only the column names are kept, and only names the return
or a rule actually has: a value can never pass for a name.
"""

from __future__ import annotations

import duckdb

from cic.report.model import ChildErrors, ErrorLine

TOP_CHILDREN = 20

_KNOWN_NAMES = """
select distinct upper(column_name)
from information_schema.columns
where table_schema = 'ssda903' and column_name not like '\\_%' escape '\\'
union
select distinct unnest(string_split(fields, '|'))
from validation.rules
"""

_TOP = """
with counted as (
    select la_code, collection_year, child, count(*) as records,
        count(*) filter (where stage = '1') as stage_1
    from validation.errors
    where child is not null
    group by la_code, collection_year, child
),
ranked as (
    select *, row_number() over (
        partition by la_code, collection_year order by stage_1 desc, records desc, child
    ) as rank
    from counted
)
select r.la_code, r.collection_year, r.rank, r.child, e.rule_code, e.stage, e.table_name,
    e.fields, e.offending_values, e._source_file, e._source_row, e.message
from ranked as r
join validation.errors as e
    on e.la_code = r.la_code and e.collection_year = r.collection_year and e.child = r.child
where r.rank <= ?
order by r.la_code, r.collection_year desc, r.rank, e.stage, e.rule_code, e.table_name,
    e._source_file, e._source_row
"""


def column_names(offending_values: str | None, known: frozenset[str]) -> tuple[str, ...]:
    """The names in `NAME=value; NAME=value`, in order, without the values: only names in
    `known` are kept, so that a value that looks like `X=` is never mistaken for a name."""
    names: list[str] = []
    for part in (offending_values or "").split(";"):
        name, equals, _value = part.partition("=")
        name = name.strip().upper()
        if equals and name in known and name not in names:
            names.append(name)
    return tuple(names)


def _split(fields: str | None) -> tuple[str, ...]:
    return tuple(f.strip() for f in (fields or "").split("|") if f.strip())


_LineKey = tuple[str, str, str, tuple[str, ...], tuple[str, ...], str | None, str]


def _lines(rows: list[tuple[_LineKey, int | None]]) -> tuple[ErrorLine, ...]:
    """One line per rule, table, file and columns at fault, with the rows it fails on."""
    grouped: dict[_LineKey, list[int | None]] = {}
    for key, row in rows:
        grouped.setdefault(key, []).append(row)
    return tuple(
        ErrorLine(
            rule_code=rule,
            stage=stage,
            table=table,
            fields=fields,
            at_fault=at_fault,
            source_file=file,
            source_rows=tuple(sorted({r for r in source_rows if r is not None})),
            records=len(source_rows),
            message=message,
        )
        for (rule, stage, table, fields, at_fault, file, message), source_rows in grouped.items()
    )


def read_top_children(
    con: duckdb.DuckDBPyConnection, limit: int = TOP_CHILDREN
) -> tuple[ChildErrors, ...]:
    """Up to `limit` children per return, those with the most Stage 1 errors first (they stop
    DfE accepting the return), then those with the most failing records; each with what
    they fail, Stage 1 first."""
    known = frozenset(str(row[0]).upper() for row in con.execute(_KNOWN_NAMES).fetchall())
    children: dict[tuple[str, str, int, str], list[tuple[_LineKey, int | None]]] = {}
    rows = con.execute(_TOP, [limit]).fetchall()
    for la, year, rank, child, rule, stage, table, fields, offending, file, row, message in rows:
        key: _LineKey = (
            rule,
            stage,
            table or "",
            _split(fields),
            column_names(offending, known),
            file,
            message or "",
        )
        children.setdefault((la, year, int(rank), child), []).append((key, row))
    return tuple(
        ChildErrors(la, year, rank, child, _lines(lines))
        for (la, year, rank, child), lines in children.items()
    )
