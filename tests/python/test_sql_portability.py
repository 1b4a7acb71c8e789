"""Models stay portable to Spark (DESIGN.md, reference/spark-portability.md): engine-specific
SQL lives only in the dispatched macros under macros/cross_db/."""

from __future__ import annotations

import re

import pytest

from cic.paths import PROJECT_ROOT

BANNED = {
    "a :: cast": re.compile(r"::"),
    "qualify": re.compile(r"\bqualify\b", re.IGNORECASE),
    "a double-quoted literal or identifier": re.compile(r'"'),
    "DuckDB date parsing": re.compile(r"\b(try_strptime|strptime|strftime)\s*\(", re.IGNORECASE),
    "string_agg": re.compile(r"\bstring_agg\s*\(", re.IGNORECASE),
    "regexp_full_match or regexp_matches": re.compile(
        r"\bregexp_(full_match|matches)\s*\(", re.IGNORECASE
    ),
    "generate_series or unnest": re.compile(r"\b(generate_series|unnest)\s*\(", re.IGNORECASE),
    "exclude (": re.compile(r"\bexclude\s*\(", re.IGNORECASE),
}
JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
SQL_COMMENT = re.compile(r"--[^\n]*")


def strip_jinja(text: str) -> str:
    """The text without its {{ ... }} and {% ... %} blocks, whose strings are Jinja's, not SQL's.
    A block ends at the first closing }} or %} outside a quoted string and outside a nested
    {...} (a dict argument such as {'values': {...}} holds closing braces of its own)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith(("{{", "{%"), i):
            close = "}}" if text[i + 1] == "{" else "%}"
            j, depth = i + 2, 0
            while j < n:
                c = text[j]
                if c in "'\"":
                    end = text.find(c, j + 1)
                    j = n if end < 0 else end + 1
                    continue
                if depth == 0 and text.startswith(close, j):
                    j += 2
                    break
                depth += {"{": 1, "}": -1}.get(c, 0)
                j += 1
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


MODEL_FILES = (
    sorted((PROJECT_ROOT / "models").rglob("*.sql"))
    + sorted((PROJECT_ROOT / "tests" / "dbt").rglob("*.sql"))
    + sorted(p for p in (PROJECT_ROOT / "macros").rglob("*.sql") if "cross_db" not in p.parts)
)


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: p.name)
def test_model_sql_avoids_engine_specific_constructs(path):
    text = JINJA_COMMENT.sub("", path.read_text())
    text = SQL_COMMENT.sub("", text)
    text = strip_jinja(text)
    found = [name for name, pattern in BANNED.items() if pattern.search(text)]
    assert not found, f"{path.relative_to(PROJECT_ROOT)} uses {', '.join(found)}"
