"""England's headline measures in the warehouse beside DfE's published figures.

`cic measures --against-published` reads `analytics.measures` (England's rows: the sums over
the councils the warehouse holds) and `reference.published_measures` (DfE's figures) and
compares, for each headline measure of `reference.measure_registry`, the unrounded value with
the published one. On the national tier (every council) the two should agree within a
tolerance: a joint check of the data and of the measures' definitions.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

NATIONAL_CODE = "E92000001"
REQUIRED = (
    ("analytics", "measures"),
    ("reference", "measure_registry"),
    ("reference", "published_measures"),
)


class MissingTables(RuntimeError):
    """The warehouse lacks a table the comparison reads."""


@dataclass(frozen=True)
class Comparison:
    """One headline measure in one year: England's value here and as DfE published it."""

    measure_id: str
    label: str
    unit: str
    decimals: int
    ours: float | None
    published_text: str | None
    published: float | None

    @property
    def relative_difference(self) -> float | None:
        """(ours - published) / published; None when either is missing or published is 0."""
        if self.ours is None or self.published is None or self.published == 0:
            return None
        return (self.ours - self.published) / self.published

    def status(self, tolerance: float) -> str:
        """ok, off (further than `tolerance` from the published value) or missing."""
        if self.ours is None or self.published is None:
            return "missing"
        difference = self.relative_difference
        if difference is None:  # published 0: only 0 agrees
            return "ok" if self.ours == 0 else "off"
        return "ok" if abs(difference) <= tolerance else "off"


def missing_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables the comparison reads that the warehouse does not hold."""
    present = {
        (str(schema), str(table))
        for schema, table in con.execute(
            "select schema_name, table_name from duckdb_tables() "
            "where database_name = current_database()"
        ).fetchall()
    }
    return [f"{schema}.{table}" for schema, table in REQUIRED if (schema, table) not in present]


def latest_year(con: duckdb.DuckDBPyConnection) -> int | None:
    """The newest time_period with England's figures both here and in the published figures.

    Raises MissingTables when the warehouse has no analytics.measures or reference seeds."""
    absent = missing_tables(con)
    if absent:
        raise MissingTables(", ".join(absent))
    row = con.execute(
        """
        select max(measures.time_period)
        from analytics.measures as measures
        inner join reference.published_measures as published
            on measures.time_period = published.time_period
            and measures.measure_id = published.measure_id
        where measures.geographic_level = 'National'
            and published.geographic_level = 'National'
        """
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def councils_counted(con: duckdb.DuckDBPyConnection, time_period: int) -> int:
    """How many councils England's rows of `time_period` sum over."""
    row = con.execute(
        "select count(distinct old_la_code) from analytics.measures "
        "where geographic_level = 'Local authority' and time_period = ?",
        [time_period],
    ).fetchone()
    return 0 if row is None else int(row[0])


def _number(text: str | None) -> float | None:
    """A published value as a number: None for DfE's markers (c, k, x, z) and blanks."""
    if text is None:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def compare(con: duckdb.DuckDBPyConnection, time_period: int) -> list[Comparison]:
    """Every headline measure's England total in `time_period`, here and as published.

    Raises MissingTables when the warehouse has no analytics.measures or reference seeds."""
    absent = missing_tables(con)
    if absent:
        raise MissingTables(", ".join(absent))
    rows = con.execute(
        """
        with

        headline as (
            select measure_id, label, unit, decimals
            from reference.measure_registry
            where headline
        ),

        ours as (
            select measure_id, value_unrounded
            from analytics.measures
            where geographic_level = 'National'
                and time_period = ?
                and breakdown_topic = 'total'
        ),

        published as (
            select measure_id, published_value
            from reference.published_measures
            where geographic_level = 'National'
                and area_code = ?
                and time_period = ?
                and breakdown_topic = 'total'
        )

        select
            headline.measure_id,
            headline.label,
            headline.unit,
            headline.decimals,
            ours.value_unrounded,
            published.published_value
        from headline
        left join ours on headline.measure_id = ours.measure_id
        left join published on headline.measure_id = published.measure_id
        order by headline.measure_id
        """,
        [time_period, NATIONAL_CODE, time_period],
    ).fetchall()
    return [
        Comparison(
            measure_id=str(measure_id),
            label=str(label),
            unit=str(unit),
            decimals=int(decimals or 0),
            ours=None if ours is None else float(ours),
            published_text=None if published is None else str(published),
            published=_number(None if published is None else str(published)),
        )
        for measure_id, label, unit, decimals, ours, published in rows
    ]
