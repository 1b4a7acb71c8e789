"""Data Docs of every generated suite, made to open offline.

GX renders one page per suite (`expectations/<suite>.html`: each expectation, with its notes,
which name the DfE rule). Its templates link Bootstrap, jQuery, Font Awesome and Vega from CDNs
and a logo from GX's web server; GX ships none of those but the logo. So every page is rewritten:
the CDN stylesheets and scripts are dropped and a small inline stylesheet stands in, the logo
is GX's own copy under `static/images/`, stylesheet `url()`s to the web are dropped, and so is
the newsletter footer. GX's index page lists suites only through a CDN script (bootstrap-table),
so `index.html` is replaced by a static page: every suite, with its DfE rule codes and messages.
"""

from __future__ import annotations

import copy
import html
import os
import re
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

from cic.gates.engine import Suite, every_suite
from cic.ssda903 import TABLES

SITE = "cic_gates"
_WEB = r"https?://"
_LINK = re.compile(rf"<link\b[^>]*\bhref=\"{_WEB}[^\"]*\"[^>]*>", re.IGNORECASE)
_SCRIPT = re.compile(rf"<script\b[^>]*\bsrc=\"{_WEB}[^\"]*\"[^>]*>\s*</script>", re.IGNORECASE)
_IMAGE = re.compile(rf"(<img\b[^>]*\bsrc=\")({_WEB}[^\"]*)(\"[^>]*>)", re.IGNORECASE)
_CSS_URL = re.compile(rf"url\(\s*['\"]?{_WEB}[^)]*\)", re.IGNORECASE)
_FOOTER = re.compile(r"<footer\b.*?</footer>", re.IGNORECASE | re.DOTALL)
_ANCHOR = re.compile(rf"<a\b[^>]*\bhref=\"{_WEB}[^\"]*\"[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)

# What Bootstrap gave the pages, as far as reading them needs: the grid, cards, tables, the
# navigation bar, and collapsed blocks (an expectation's notes) shown open.
STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
  color: #212529; line-height: 1.45; }
a { color: #0b5cad; }
.container-fluid { padding: 1rem 2rem; box-sizing: border-box; }
.row { display: flex; flex-wrap: wrap; }
.col-lg-2, .col-md-2 { flex: 0 0 18%; max-width: 18%; box-sizing: border-box; padding-right: 1rem; }
.col-md-10, .col-lg-10 { flex: 0 0 80%; max-width: 80%; box-sizing: border-box; }
.col-12 { flex: 0 0 100%; max-width: 100%; }
.navbar { display: flex; align-items: center; padding: 0 2rem; border-bottom: 1px solid #dee2e6;
  height: auto !important; }
.navbar nav { display: flex; align-items: center; }
.navbar-brand img { height: 40px !important; }
.breadcrumb { display: inline-flex; list-style: none; gap: .5rem; padding: 0; margin-left: 1rem; }
.breadcrumb-item + .breadcrumb-item::before { content: "/ "; }
.nav { list-style: none; padding-left: 0; }
.card { border: 1px solid #dee2e6; border-radius: 4px; margin-bottom: 1rem; }
.card-header { background: #f7f7f9; padding: .5rem; border-bottom: 1px solid #dee2e6; }
.alert-secondary { background: #e2e3e5; padding: .5rem 1rem; border-radius: 4px; }
.collapse { display: block; }
table { border-collapse: collapse; margin: .5rem 0; }
td, th { border: 1px solid #dee2e6; padding: .25rem .5rem; text-align: left; vertical-align: top; }
ul { padding-left: 1.2rem; }
hr { border: 0; border-top: 1px solid #dee2e6; }
code { background: #f3f3f3; padding: 0 .2rem; }
"""


def _relative_root(page: Path, root: Path) -> str:
    depth = len(page.relative_to(root).parts) - 1
    return "../" * depth


def offline(text: str, to_root: str, root: Path) -> str:
    """A GX page with nothing fetched from the web: CDN assets dropped, the logo local."""

    def local_image(match: re.Match[str]) -> str:
        name = match.group(2).split("?", 1)[0].rsplit("/", 1)[-1]
        if (root / "static" / "images" / name).exists():
            return f"{match.group(1)}{to_root}static/images/{name}{match.group(3)}"
        return ""

    text = _LINK.sub("", text)
    text = _SCRIPT.sub("", text)
    text = _IMAGE.sub(local_image, text)
    text = _CSS_URL.sub("none", text)
    text = _FOOTER.sub("", text)
    text = _ANCHOR.sub(r"\1", text)
    return text.replace("</head>", f"<style>{STYLE}</style>\n</head>", 1)


def _rules(suite: Suite) -> dict[str, str]:
    """DfE rule code -> message, in the suite's order."""
    rules: dict[str, str] = {}
    for expectation in suite["expectations"]:
        meta = expectation.get("meta") or {}
        if "dfe_rule" in meta:
            rules.setdefault(str(meta["dfe_rule"]), str(meta.get("message", "")))
    return rules


def _checks(suite: Suite) -> str:
    """A landing suite's checks in a line: key columns, date columns and their format."""
    keys = [e["kwargs"]["column"] for e in suite["expectations"] if e["meta"].get("check") == "key"]
    dates = [
        e["kwargs"]["column"] for e in suite["expectations"] if e["meta"].get("check") == "date"
    ]
    formats = sorted(
        {
            str(e["meta"]["date_format"])
            for e in suite["expectations"]
            if e["meta"].get("check") == "date"
        }
    )
    parts = [f"keys never blank: {', '.join(keys)}"]
    if dates:
        parts.append(f"dates ({'; '.join(formats)}): {', '.join(dates)}")
    return "; ".join(parts)


def _link(suite: Suite) -> str:
    name = html.escape(str(suite["name"]))
    return f'<a href="expectations/{name}.html"><code>{name}</code></a>'


def _index(suites: list[Suite]) -> str:
    esc = html.escape
    submission: dict[str, list[Suite]] = defaultdict(list)
    landing: dict[str, list[Suite]] = defaultdict(list)
    order = {table.name: i for i, table in enumerate(TABLES)}
    for suite in sorted(suites, key=lambda s: order.get(str(s["meta"].get("table")), -1)):
        meta = suite["meta"]
        if meta.get("gate") == "submission":
            submission[str(meta["collection_year"])].append(suite)
        else:
            landing[str(meta.get("source_system", ""))].append(suite)
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        "<title>Great Expectations suites: the 903 gates</title>\n",
        f'<style>{STYLE}</style>\n</head>\n<body>\n<div class="container-fluid">\n',
        "<h1>Great Expectations suites of the 903 warehouse</h1>\n",
        f"<p>{len(suites)} suites, generated by <code>cic codegen</code> from "
        "<code>contracts/</code> and the rule seeds, run by <code>cic.gates</code>. Each name "
        "opens the suite's Data Docs page: every expectation, with the DfE rule it stands "
        "for.</p>\n",
        "<h2>Submission gates</h2>\n<p>On each exported CSV of a return: the single-field rules "
        "in force in its collection year.</p>\n",
    ]
    for year in sorted(submission):
        out.append(f"<h3>{esc(year)}</h3>\n<table>\n<tr><th>Suite</th><th>File</th>")
        out.append("<th>DfE rules</th></tr>\n")
        for suite in submission[year]:
            rules = "".join(
                f"<li><strong>{esc(code)}</strong>: {esc(message)}</li>"
                for code, message in _rules(suite).items()
            )
            out.append(
                f"<tr><td>{_link(suite)}</td><td>{esc(str(suite['meta']['file']))}</td>"
                f"<td><ul>{rules}</ul></td></tr>\n"
            )
        out.append("</table>\n")
    out.append(
        "<h2>Landing contracts</h2>\n<p>On the rows of each landed file: every declared column, "
        "key columns never blank, dates in the source's format, and between 0.5 and 2 times the "
        "rows of the previous landed load of the same table.</p>\n"
    )
    for source in sorted(landing, key=lambda s: (s != "ssda903", s)):
        out.append(f"<h3>{esc(source)}</h3>\n<table>\n<tr><th>Suite</th><th>Raw table</th>")
        out.append("<th>Checks</th></tr>\n")
        for suite in landing[source]:
            raw = esc(str(suite["meta"].get("raw_table", "")))
            out.append(
                f"<tr><td>{_link(suite)}</td><td><code>{raw}</code></td>"
                f"<td>{esc(_checks(suite))}</td></tr>\n"
            )
        out.append("</table>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def write(out_dir: Path) -> Path:
    """See `cic.gates.write_data_docs`."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    suites = every_suite()
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    for suite in suites:
        context.suites.add(gx.ExpectationSuite(**copy.deepcopy(suite)))
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out_dir / "expectations", ignore_errors=True)  # pages of removed suites
    site: Any = {  # SiteBuilder takes show_how_to_buttons; GX's TypedDict does not list it
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(out_dir),
        },
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }
    context.add_data_docs_site(SITE, site)
    context.build_data_docs(site_names=[SITE])
    for page in sorted((out_dir / "expectations").rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        page.write_text(offline(text, _relative_root(page, out_dir), out_dir), encoding="utf-8")
    for sheet in sorted((out_dir / "static" / "styles").glob("*.css")):  # copies GX ships
        sheet.write_text(_CSS_URL.sub("none", sheet.read_text(encoding="utf-8")), encoding="utf-8")
    index = out_dir / "index.html"
    temporary = index.with_name(f".index.{os.getpid()}.html")
    temporary.write_text(_index(suites), encoding="utf-8")
    temporary.replace(index)
    return index
