"""Headline counts of each return, from ssda903.episodes, and the words that define them.

A collection year runs from 1 April to 31 March (2025-26: 1 April 2025 to 31 March 2026).
Every count is of children: a child counts once however many of their episodes qualify.
"""

from __future__ import annotations

import duckdb

from cic.report.model import Headline

DEFINITIONS: tuple[tuple[str, str], ...] = (
    (
        "Children in the return",
        "children with a Header row in the return for the year.",
    ),
    (
        "Looked after on 31 March",
        "children with an episode that began on or before 31 March at the end of the year "
        "and had not ceased by then (no DEC, or a DEC after 31 March).",
    ),
    (
        "Started in the year",
        "children for whom a new period of care began in the year: an episode whose reason "
        "for new episode (RNE) is S and whose start date (DECOM) falls in the year.",
    ),
    (
        "Ceased in the year",
        "children whose period of care ended in the year: an episode that ceased (DEC) in "
        "the year for a reason (REC) other than X1, which marks an episode followed at once "
        "by another in the same period of care.",
    ),
)

_SQL = """
with returns as (
    select distinct la_code, collection_year,
        make_date(cast(substr(collection_year, 1, 4) as integer), 4, 1) as year_start,
        make_date(cast(substr(collection_year, 1, 4) as integer) + 1, 3, 31) as year_end
    from validation.summary
),
header as (
    select la_code, collection_year, count(distinct child) as children
    from ssda903.header
    group by la_code, collection_year
),
episodes as (
    select r.la_code, r.collection_year,
        count(distinct e.child) filter (
            where e.decom <= r.year_end and (e.dec is null or e.dec > r.year_end)
        ) as looked_after,
        count(distinct e.child) filter (
            where e.rne = 'S' and e.decom between r.year_start and r.year_end
        ) as started,
        count(distinct e.child) filter (
            where e.dec between r.year_start and r.year_end and e.rec <> 'X1'
        ) as ceased
    from returns as r
    left join ssda903.episodes as e
        on e.la_code = r.la_code and e.collection_year = r.collection_year
    group by r.la_code, r.collection_year
)
select e.la_code, e.collection_year, coalesce(h.children, 0), e.looked_after, e.started,
    e.ceased
from episodes as e
left join header as h on h.la_code = e.la_code and h.collection_year = e.collection_year
order by e.la_code, e.collection_year desc
"""


def read_headlines(con: duckdb.DuckDBPyConnection) -> tuple[Headline, ...]:
    """The headline counts of every return that validation.summary lists."""
    return tuple(
        Headline(
            la_code=la,
            collection_year=year,
            children_in_return=int(children),
            looked_after_31_march=int(looked_after),
            started=int(started),
            ceased=int(ceased),
        )
        for la, year, children, looked_after, started, ceased in con.execute(_SQL).fetchall()
    )
