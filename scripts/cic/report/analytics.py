"""Each council's headline measures beside their benchmarks, from the analytics marts.

analytics.benchmarks gives, per council, year and measure, the council's value, its region's,
its statistical neighbours' mean and England's (sums over the councils the warehouse holds);
reference.measure_registry says which measures are headline ones and what they are. A
warehouse built before the analytics marts existed, or with none of their rows, gives nothing:
the report then says so instead of charting.
"""

from __future__ import annotations

import duckdb

from cic.report.model import Benchmark

_TABLES = (("analytics", "benchmarks"), ("reference", "measure_registry"))

_SQL = """
select b.la_code, b.measure_id, r.label, r.unit, b.time_period, b.council_value,
    b.region_value, b.neighbours_mean, b.neighbours_median, b.england_value
from analytics.benchmarks as b
inner join reference.measure_registry as r on r.measure_id = b.measure_id
where r.headline and b.breakdown_topic = 'total'
order by b.la_code, r.data_set, b.measure_id, b.time_period
"""


def _number(value: object) -> float | None:
    return None if value is None else float(str(value))


def read_benchmarks(con: duckdb.DuckDBPyConnection) -> tuple[Benchmark, ...]:
    """Every council's headline measures and benchmarks by year; none without the marts."""
    present = {
        (str(schema), str(table))
        for schema, table in con.execute(
            "select schema_name, table_name from duckdb_tables() "
            "where database_name = current_database()"
        ).fetchall()
    }
    if not all(table in present for table in _TABLES):
        return ()
    return tuple(
        Benchmark(
            la_code=str(la),
            measure_id=str(measure),
            label=str(label),
            unit=str(unit),
            time_period=int(str(period)),
            council=_number(council),
            region=_number(region),
            neighbours_mean=_number(mean),
            neighbours_median=_number(median),
            england=_number(england),
        )
        for la, measure, label, unit, period, council, region, mean, median, england in (
            con.execute(_SQL).fetchall()
        )
    )
