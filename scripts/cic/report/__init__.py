"""The nightly report: one self-contained HTML page on a published warehouse.

`write_report(database, out, run_log)` reads the published DuckDB file read-only and writes,
owner-only and atomically, a page that opens offline (plotly.js is inside it): each return's
standing against DfE's Stage 1 and Stage 2 rules, errors by rule, the trend over the nightly
builds, the children with the most errors (child id, rule, table and column names; never a
value), and the headline counts of children looked after.

Modules: `read` (and `validation`, `children`, `headline`, the queries), `model` (what is
read), `charts`, `page` (the HTML), `runlog` (the nightly's log), `write` (the file).
"""

from __future__ import annotations

from cic.report.write import write_report

__all__ = ["write_report"]
