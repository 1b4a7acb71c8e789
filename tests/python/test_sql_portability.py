"""Models stay portable to Spark (DESIGN.md, reference/spark-portability.md): engine-specific
SQL lives only in the dispatched macros under macros/cross_db/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

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
    # Spark has no length-less varchar and no text type: cast with dbt.type_string().
    "a varchar or text cast": re.compile(r"\bas\s+(varchar|text)\b", re.IGNORECASE),
    # dbt-spark's listagg drops the order by (a warning, then rows in any order): use the
    # dispatched ordered_listagg.
    "dbt.listagg": re.compile(r"\blistagg\s*\(", re.IGNORECASE),
    # DuckDB rounds a double at its exact binary value, Spark at its shortest decimal text
    # (14.85 is 14.8499...: 14.8 on DuckDB, 14.9 on Spark), and Spark takes only a constant
    # number of places: round doubles with the dispatched round_double.
    "round (use round_double)": re.compile(r"\bround\s*\(", re.IGNORECASE),
    # Spark has median only from 3.4: quantile_cont(column, 0.5) is DuckDB's median exactly.
    "median (use quantile_cont)": re.compile(r"\bmedian\s*\(", re.IGNORECASE),
    # DuckDB's trim removes every Unicode space (a no-break space after a code), Spark's only
    # ASCII spaces: trim with the dispatched trim_spaces, ASCII spaces on both.
    "trim (use trim_spaces)": re.compile(r"\b[blr]?trim\s*\(", re.IGNORECASE),
}
# Types in yml (model contracts, seed column_types) are rendered into DDL on every engine:
# `string` is DuckDB's VARCHAR and Spark's string; varchar and text fail on Spark.
YAML_TYPE = re.compile(r"(data_type:\s*|column_types:.*?:\s*)(varchar|text)\b", re.IGNORECASE)
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
    for name in ("dbt.listagg",):
        # Jinja calls are what dbt.listagg is: look before the Jinja is stripped.
        if BANNED[name].search(SQL_COMMENT.sub("", text)):
            pytest.fail(f"{path.relative_to(PROJECT_ROOT)} uses {name}")
    text = SQL_COMMENT.sub("", text)
    text = strip_jinja(text)
    found = [name for name, pattern in BANNED.items() if pattern.search(text)]
    assert not found, f"{path.relative_to(PROJECT_ROOT)} uses {', '.join(found)}"


YAML_FILES = sorted((PROJECT_ROOT / "models").rglob("*.yml")) + sorted(
    (PROJECT_ROOT / "seeds").rglob("*.yml")
)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_yaml_types_are_portable(path):
    found = sorted({m.group(2) for m in YAML_TYPE.finditer(path.read_text())})
    assert not found, f"{path.relative_to(PROJECT_ROOT)} declares {', '.join(found)}: use string"


# Spark resolves a qualified name inside a subquery against the subquery's own columns first:
# in `from uasc_table as uasc where exists (select 1 from header where header.child =
# uasc.child)`, uasc.child is read as a field of the Header's UASC column (an error, or a wrong
# answer). DuckDB reads the outer alias. So an alias used from inside a subquery must not be the
# name of a 903 column.
SUBQUERY = re.compile(r"\b(?:exists|in)\s*\(\s*select\b", re.IGNORECASE)
QUALIFIED = re.compile(r"\b([a-z_]\w*)\.[a-z_]\w*", re.IGNORECASE)
INNER_ALIAS = re.compile(r"\b(?:from|join)\s+(?:[\w.]+\s+(?:as\s+)?)?(\w+)", re.IGNORECASE)


def outer_aliases_in_subqueries(sql: str) -> set[str]:
    """Qualifiers used inside `exists (select ...)` / `in (select ...)` that the subquery does
    not define itself."""
    found: set[str] = set()
    for match in SUBQUERY.finditer(sql):
        start = sql.index("(", match.start())
        depth, end = 0, start
        while end < len(sql):
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            if depth == 0:
                break
            end += 1
        block = sql[start:end]
        inner = {a.lower() for a in INNER_ALIAS.findall(block)}
        inner |= {w.lower() for w in re.findall(r"\b(?:from|join)\s+(\w+)", block, re.I)}
        found |= {q.lower() for q in QUALIFIED.findall(block)} - inner
    return found


def test_the_subquery_alias_check_catches_the_uasc_case():
    sql = (
        "select * from  as uasc where exists (select 1 from header where header.child = uasc.child)"
    )
    assert outer_aliases_in_subqueries(sql) == {"uasc"}
    assert outer_aliases_in_subqueries(sql.replace("uasc", "uasc_rows")) == {"uasc_rows"}


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: p.name)
def test_no_subquery_reads_an_outer_alias_named_like_a_903_column(path):
    from cic.ssda903 import TABLES, raw_columns

    columns = {c for table in TABLES for c in raw_columns(table)}
    text = strip_jinja(SQL_COMMENT.sub("", JINJA_COMMENT.sub("", path.read_text())))
    clashing = sorted(outer_aliases_in_subqueries(text) & columns)
    assert not clashing, (
        f"{path.relative_to(PROJECT_ROOT)}: a subquery reads the outer alias {clashing}, the "
        "name of a 903 column, which Spark resolves to that column: rename the alias"
    )


def contracted_folders() -> list[Path]:
    """The model folders whose models have an enforced contract (dbt_project.yml)."""
    project = yaml.safe_load((PROJECT_ROOT / "dbt_project.yml").read_text())
    found: list[Path] = []

    def walk(config: dict, folder: Path) -> None:
        contract = config.get("+contract")
        if isinstance(contract, dict) and contract.get("enforced") is True:
            found.append(folder)
        for key, value in config.items():
            if not key.startswith("+") and isinstance(value, dict):
                walk(value, folder / key)

    walk(project["models"]["cic"], PROJECT_ROOT / "models")
    return found


RANKING = re.compile(r"\b(rank|dense_rank|row_number|ntile)\s*\(", re.IGNORECASE)
CONTRACTED_FILES = sorted({p for folder in contracted_folders() for p in folder.rglob("*.sql")})


def test_contracted_folders_are_found():
    assert PROJECT_ROOT / "models" / "analytics" / "marts" in contracted_folders()
    assert PROJECT_ROOT / "models" / "marts" / "ssda903" in contracted_folders()


@pytest.mark.parametrize("path", CONTRACTED_FILES, ids=lambda p: p.name)
def test_contracted_models_cast_ranking_functions(path):
    # A ranking window function is BIGINT on DuckDB and INT on Spark: a contract declares one
    # type, so a contracted model casts it (as sums and counts whose types differ are cast).
    text = strip_jinja(SQL_COMMENT.sub("", JINJA_COMMENT.sub("", path.read_text())))
    bare = [
        m.group(1)
        for m in RANKING.finditer(text)
        if not re.search(r"cast\s*\(\s*$", text[: m.start()], re.IGNORECASE)
    ]
    assert not bare, (
        f"{path.relative_to(PROJECT_ROOT)}: cast {', '.join(bare)}() to the contract's type"
    )
