"""Lay the warehouse's findings out as one HTML page (Jinja2, every value escaped).

The page is grouped as an analyst reads it: every return at a glance, then a section per
council (its trend, then each collection year's rules and children), then the run itself.
plotly.js is written into the page once, inline, so the file opens with no network.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

import jinja2
import plotly.offline
from markupsafe import Markup

from cic.report import charts, palette
from cic.report.headline import DEFINITIONS
from cic.report.model import ChildErrors, Council, Headline, ReturnStatus, RuleFailure, Warehouse
from cic.report.runlog import RunLog, as_utc


@dataclass(frozen=True)
class YearView:
    """One council's return for one collection year, as the page shows it."""

    anchor: str
    status: ReturnStatus
    headline: Headline | None
    rules: tuple[RuleFailure, ...]
    children: tuple[ChildErrors, ...]
    chart: Markup | None


@dataclass(frozen=True)
class CouncilView:
    """One council's section of the page."""

    anchor: str
    council: Council
    trend_chart: Markup
    builds: int
    benchmark_chart: Markup | None
    years: tuple[YearView, ...]


def when(moment: datetime | None) -> str:
    """`5 December 2026, 08:25 UTC` (never a bare numeric date: those read as data)."""
    if moment is None:
        return "unknown"
    utc = as_utc(moment)
    return f"{utc.day} {utc:%B %Y}, {utc:%H:%M} UTC"


def duration(seconds: float | None) -> str:
    """`8.4 s`, `3 min 12 s`, `1 h 05 min`."""
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def number(value: int | None) -> str:
    """`1,234`."""
    return "" if value is None else f"{value:,}"


def _council_views(warehouse: Warehouse) -> tuple[CouncilView, ...]:
    views = []
    for council in warehouse.councils:
        years = []
        for status in (r for r in warehouse.returns if r.la_code == council.code):
            year = status.collection_year

            def mine(row: ReturnStatus | RuleFailure | ChildErrors | Headline) -> bool:
                return row.la_code == council.code and row.collection_year == year  # noqa: B023

            rules = tuple(filter(mine, warehouse.rules))
            years.append(
                YearView(
                    anchor=f"la-{council.code}-{year}",
                    status=status,
                    headline=next(filter(mine, warehouse.headlines), None),
                    rules=rules,
                    children=tuple(filter(mine, warehouse.children)),
                    chart=charts.rules_chart(council.code, year, rules) if rules else None,
                )
            )
        trend = [p for p in warehouse.trend if p.la_code == council.code]
        benchmarks = [b for b in warehouse.benchmarks if b.la_code == council.code]
        views.append(
            CouncilView(
                anchor=f"la-{council.code}",
                council=council,
                trend_chart=charts.trend_chart(council, trend),
                builds=len({p.built_at for p in trend}),
                benchmark_chart=charts.benchmark_chart(council, benchmarks) if benchmarks else None,
                years=tuple(years),
            )
        )
    return tuple(views)


@functools.cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("cic.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(when=when, duration=duration, number=number)
    return environment


def render(
    warehouse: Warehouse,
    *,
    database_name: str,
    written_at: datetime,
    run_log: RunLog | None = None,
    run_log_problem: str | None = None,
) -> str:
    """The whole page as one string."""
    run_time = (run_log.started_at if run_log else None) or warehouse.built_at or written_at
    template = _environment().get_template("report.html.j2")
    return template.render(
        run_time=run_time,
        database_name=database_name,
        written_at=written_at,
        built_at=warehouse.built_at,
        run_log=run_log,
        run_log_problem=run_log_problem,
        councils=_council_views(warehouse),
        has_benchmarks=bool(warehouse.benchmarks),
        headline_chart=charts.headline_chart(warehouse.councils, warehouse.headlines),
        definitions=DEFINITIONS,
        css_root=Markup(palette.css_root()),  # our constants: CSS, not HTML
        year_colours=palette.year_colours(r.collection_year for r in warehouse.returns),
        plotly_js=Markup(plotly.offline.get_plotlyjs()),
    )
