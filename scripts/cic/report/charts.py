"""The report's charts, as HTML fragments that draw themselves with plotly.js.

Each fragment is a <div> and the call that draws it; plotly.js itself is written into the
page once (see `cic.report.page`). Times go to plotly as milliseconds since 1970 (UTC), not as
date strings, so no date of any kind appears in the page's data.
"""

from __future__ import annotations

import html
import math
import re
import textwrap
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
from markupsafe import Markup
from plotly.subplots import make_subplots

from cic.report import palette
from cic.report.model import Benchmark, Council, Headline, RuleFailure, TrendPoint
from cic.report.runlog import as_utc

CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
}
MEASURES = ("Looked after on 31 March", "Started in the year", "Ceased in the year")
_COLUMNS = 4


def _fragment(figure: go.Figure, div_id: str) -> Markup:
    """The chart as a <div> and its drawing script (no plotly.js, no external assets)."""
    safe_id = re.sub(r"[^A-Za-z0-9-]", "-", div_id)
    return Markup(
        pio.to_html(
            figure,
            full_html=False,
            include_plotlyjs=False,
            include_mathjax=False,
            div_id=safe_id,
            config=CONFIG,
            default_width="100%",
        )
    )


def _style(figure: go.Figure, height: int, **layout: Any) -> go.Figure:
    """The layout every chart shares: the page's font, no background, light grid lines."""
    figure.update_layout(
        template="none",
        height=height,
        font={"family": palette.FONT, "size": 13, "color": palette.INK},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel={"font": {"family": palette.FONT}},
        legend={
            "orientation": "h",
            "yref": "container",
            "yanchor": "top",
            "y": 1,
            "x": 0,
            "bgcolor": "rgba(0,0,0,0)",
        },
        **layout,
    )
    figure.update_xaxes(gridcolor=palette.RULE, linecolor=palette.RULE, zeroline=False)
    figure.update_yaxes(gridcolor=palette.RULE, linecolor=palette.RULE, zeroline=False)
    return figure


def _wrap(text: str, width: int = 60) -> str:
    """Text for a hover label: escaped (plotly reads a few tags) and broken into lines."""
    return "<br>".join(textwrap.wrap(html.escape(text), width)) or "&nbsp;"


def headline_chart(councils: Sequence[Council], headlines: Sequence[Headline]) -> Markup:
    """Children looked after on 31 March, started and ceased: a panel per council, a bar
    per collection year."""
    columns = min(_COLUMNS, max(1, len(councils)))
    rows = math.ceil(len(councils) / columns) or 1
    figure = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[c.label for c in councils],
        horizontal_spacing=0.05,
        vertical_spacing=0.22 / rows,
    )
    colours = palette.year_colours(h.collection_year for h in headlines)
    shown: set[str] = set()
    for i, council in enumerate(councils):
        mine = sorted(
            (h for h in headlines if h.la_code == council.code), key=lambda h: h.collection_year
        )
        for h in mine:
            values = [h.looked_after_31_march, h.started, h.ceased]
            figure.add_trace(
                go.Bar(
                    x=["On 31 March", "Started", "Ceased"],
                    y=values,
                    name=h.collection_year,
                    legendgroup=h.collection_year,
                    showlegend=h.collection_year not in shown,
                    marker_color=colours[h.collection_year],
                    text=values,
                    textposition="outside",
                    cliponaxis=False,
                    customdata=list(MEASURES),
                    hovertemplate="%{customdata}: %{y} children<extra>"
                    + html.escape(f"{council.label} {h.collection_year}")
                    + "</extra>",
                ),
                row=i // columns + 1,
                col=i % columns + 1,
            )
            shown.add(h.collection_year)
    _style(figure, 300 * rows + 40, barmode="group", margin={"l": 40, "r": 10, "t": 75, "b": 40})
    figure.update_xaxes(showgrid=False)
    figure.update_yaxes(rangemode="tozero", nticks=5)
    figure.update_annotations(font={"size": 14, "color": palette.NAVY})
    return _fragment(figure, "chart-headline")


def _millis(moment: datetime) -> int:
    return round(as_utc(moment).timestamp() * 1000)


def trend_chart(council: Council, points: Sequence[TrendPoint]) -> Markup:
    """Failing records of each stage at each build, a line per collection year and stage."""
    figure = go.Figure()
    years = sorted({p.collection_year for p in points}, reverse=True)
    for y, year in enumerate(years):
        for stage in ("1", "2"):
            series = [p for p in points if p.collection_year == year and p.stage == stage]
            if not series:
                continue
            name = f"{year} Stage {stage} {'errors' if stage == '1' else 'queries'}"
            figure.add_trace(
                go.Scatter(
                    x=[_millis(p.built_at) for p in series],
                    y=[p.failing_records for p in series],
                    name=name,
                    mode="lines+markers",
                    line={"color": palette.STAGES[stage], "dash": "solid" if y == 0 else "dot"},
                    marker={"size": 9, "symbol": "circle" if y == 0 else "diamond"},
                    hovertemplate="%{x|%d %b %Y %H:%M} UTC: %{y} failing records<extra>"
                    + html.escape(name)
                    + "</extra>",
                )
            )
    moments = sorted({as_utc(p.built_at) for p in points})
    xaxis: dict[str, Any] = {"type": "date", "tickformat": "%d %b %Y\n%H:%M"}
    if moments:
        pad = max((moments[-1] - moments[0]) * 0.05, timedelta(hours=12))
        xaxis["range"] = [_millis(moments[0] - pad), _millis(moments[-1] + pad)]
    _style(
        figure,
        300,
        xaxis=xaxis,
        yaxis={"rangemode": "tozero", "title": {"text": "failing records"}},
        margin={"l": 60, "r": 20, "t": 45, "b": 50},
    )
    return _fragment(figure, f"chart-trend-{council.code}")


def rules_chart(la_code: str, year: str, failures: Sequence[RuleFailure]) -> Markup:
    """Failing records by rule in one return, a bar per rule coloured by stage, in the order
    of the table beside it (Stage 1 first, most failing records first)."""
    figure = go.Figure()
    order = [f.rule_code for f in failures]
    for stage in ("1", "2"):
        mine = [f for f in failures if f.stage == stage]
        if not mine:
            continue
        figure.add_trace(
            go.Bar(
                orientation="h",
                y=[f.rule_code for f in mine],
                x=[f.failing_records for f in mine],
                name=f"Stage {stage}",
                marker_color=palette.STAGES[stage],
                text=[f.failing_records for f in mine],
                textposition="outside",
                cliponaxis=False,
                customdata=[[f.failing_children, _wrap(f.description)] for f in mine],
                hovertemplate="<b>%{y}</b>: %{x} records, %{customdata[0]} children"
                "<br>%{customdata[1]}<extra>Stage " + stage + "</extra>",
            )
        )
    _style(
        figure,
        95 + 26 * len(order),
        xaxis={"rangemode": "tozero", "title": {"text": "failing records"}},
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": list(reversed(order)),
            "automargin": True,
            "showgrid": False,
        },
        barmode="stack",
        bargap=0.3,
        showlegend=True,
        legend_traceorder="normal",
        margin={"l": 70, "r": 30, "t": 40, "b": 45},
    )
    return _fragment(figure, f"chart-rules-{la_code}-{year}")


# The four ways a council's measure is read (DfE's LAIT): the council, then its comparators.
BENCHMARK_LINES = (
    ("council", "This council", palette.NAVY, "solid"),
    ("region", "Region", palette.BENCHMARK_REGION, "dash"),
    ("neighbours_mean", "Statistical neighbours (mean)", palette.BENCHMARK_NEIGHBOURS, "dot"),
    ("england", "England", palette.MUTED, "dashdot"),
)
_UNITS = {
    "count": "children",
    "percent": "%",
    "rate_per_10000": "per 10,000 children",
    "mean": "mean",
    "mean_days": "days",
}


def benchmark_chart(council: Council, benchmarks: Sequence[Benchmark]) -> Markup:
    """A panel per headline measure: the council's value over the years beside its region's,
    its statistical neighbours' mean and England's."""
    measures: dict[str, list[Benchmark]] = {}
    for b in benchmarks:
        measures.setdefault(b.measure_id, []).append(b)
    columns = min(_COLUMNS, max(1, len(measures)))
    rows = math.ceil(len(measures) / columns) or 1
    titles = [_wrap(series[0].label, 38) for series in measures.values()]
    figure = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=titles,
        horizontal_spacing=0.06,
        vertical_spacing=0.32 / rows,
    )
    for i, series in enumerate(measures.values()):
        series = sorted(series, key=lambda b: b.time_period)
        unit = _UNITS.get(series[0].unit, series[0].unit)
        for attribute, name, colour, dash in BENCHMARK_LINES:
            values = [getattr(b, attribute) for b in series]
            if all(v is None for v in values):
                continue
            figure.add_trace(
                go.Scatter(
                    x=[b.year for b in series],
                    y=values,
                    name=name,
                    legendgroup=name,
                    showlegend=i == 0,
                    mode="lines+markers",
                    line={
                        "color": colour,
                        "dash": dash,
                        "width": 3 if attribute == "council" else 2,
                    },
                    hovertemplate="%{x}: %{y:,.1f} "
                    + html.escape(unit)
                    + "<extra>"
                    + html.escape(name)
                    + "</extra>",
                ),
                row=i // columns + 1,
                col=i % columns + 1,
            )
    _style(figure, 280 * rows + 60, margin={"l": 50, "r": 10, "t": 90, "b": 40})
    figure.update_xaxes(type="category", showgrid=False)
    figure.update_yaxes(rangemode="tozero", nticks=5)
    figure.update_annotations(font={"size": 12, "color": palette.NAVY})
    return _fragment(figure, f"chart-benchmarks-{council.code}")
