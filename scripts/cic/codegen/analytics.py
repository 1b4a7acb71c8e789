"""The analytics files derived from the measure families and the measure registry.

A measure family is one model, `models/analytics/measures/int_analytics__measure_rows_<family>.sql`,
that emits the measure-rows interface (docs/analytics.md); a quality signal family is one
model `int_analytics__measure_quality_<family>.sql` under `models/analytics/`. dbt must know at
parse time which models a union reads, so this writes the lists that
`int_analytics__measure_rows` and `analytics__measure_quality` union
(`macros/analytics/measure_models.sql`); the union checks them against the models dbt's graph
tags `measure_rows` or `measure_quality`, so a family added without `cic codegen` fails the
build by name.

From `seeds/analytics/measure_registry.csv` it writes one wide view per DfE data set,
`models/analytics/marts/wide/analytics__<data set>_wide.sql` (the `la_` DfE puts before the
names of its LA-level files dropped), with a column per measure of the data set, and their yml.
"""

from __future__ import annotations

import csv
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from cic.codegen import notice

ANALYTICS = Path("models") / "analytics"
MEASURES_DIR = ANALYTICS / "measures"
ROWS_PREFIX = "int_analytics__measure_rows_"
QUALITY_PREFIX = "int_analytics__measure_quality_"
LISTS = Path("macros") / "analytics" / "measure_models.sql"
REGISTRY = Path("seeds") / "analytics" / "measure_registry.csv"
WIDE_DIR = ANALYTICS / "marts" / "wide"
WIDE_PROPERTIES = WIDE_DIR / "_analytics__wide_models.yml"
IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Measure:
    """One row of the measure registry: what a wide view needs of it."""

    measure_id: str
    label: str
    data_set: str
    unit: str


def family_models(root: Path, prefix: str) -> list[str]:
    """The model names of the files under models/analytics/ whose names start with `prefix`."""
    return sorted(path.stem for path in (root / ANALYTICS).rglob(f"{prefix}*.sql"))


def registry(root: Path) -> list[Measure]:
    """The measure registry's rows; ids and data sets must be lower-case identifiers."""
    with (root / REGISTRY).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    measures = []
    seen: set[str] = set()
    for row in rows:
        measure = Measure(row["measure_id"], row["label"], row["data_set"], row["unit"])
        for value in (measure.measure_id, measure.data_set):
            if not IDENTIFIER.match(value):
                raise ValueError(f"{REGISTRY}: {value!r} is not a lower-case identifier")
        if measure.measure_id in seen:
            raise ValueError(f"{REGISTRY}: measure {measure.measure_id!r} is listed twice")
        seen.add(measure.measure_id)
        measures.append(measure)
    return measures


def wide_name(data_set: str) -> str:
    """The wide view's model name for a data set: analytics__<data set>_wide."""
    return f"analytics__{data_set.removeprefix('la_')}_wide"


def _list(name: str, models: list[str]) -> str:
    items = "".join(f"        '{model}',\n" for model in models)
    return f"{{% macro {name}() -%}}\n    {{{{ return([\n{items}    ]) }}}}\n{{%- endmacro %}}\n"


def _lists(root: Path) -> str:
    return (
        f"{{#- {notice(f'the files in {ANALYTICS}/')}\n"
        f"    The measure families ({ROWS_PREFIX}<family>) that int_analytics__measure_rows\n"
        f"    unions, and the quality signal families ({QUALITY_PREFIX}<family>) that\n"
        "    analytics__measure_quality unions. -#}\n"
        + _list("measure_row_models", family_models(root, ROWS_PREFIX))
        + "\n"
        + _list("measure_quality_models", family_models(root, QUALITY_PREFIX))
    )


def _wide_sql(data_set: str, measures: list[Measure]) -> str:
    comment = textwrap.fill(
        f"{notice(str(REGISTRY))} DfE data set {data_set}: one row per area, year and "
        "breakdown, a column per measure.",
        width=100,
        initial_indent="-- ",
        subsequent_indent="-- ",
        break_on_hyphens=False,
    )
    ids = "".join(f"        '{m.measure_id}',\n" for m in measures)
    return f"{comment}\n{{{{ analytics_wide_table(\n    '{data_set}',\n    [\n{ids}    ]\n) }}}}\n"


def _fill(text: str, indent: int) -> str:
    pad = " " * indent
    return textwrap.fill(
        text, width=100, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False
    )


KEY_COLUMNS = (
    ("time_period", "integer", "End year of the collection year (2025 for 2024-25)."),
    ("time_identifier", "string", "Always 'Reporting year', as in DfE's files."),
    ("geographic_level", "string", "'Local authority', 'Regional' or 'National'."),
    ("country_code", "string", "E92000001 (England)."),
    ("country_name", "string", "England."),
    ("region_code", "string", "ONS region code (E12...), empty for England."),
    ("region_name", "string", "Region name, empty for England."),
    ("old_la_code", "string", "DfE 3-digit LA code (our la_code), empty above LA level."),
    ("la_name", "string", "LA name, empty above LA level."),
    ("new_la_code", "string", "ONS code of the LA (E06/E08/E09/E10...), empty above LA level."),
    ("breakdown_topic", "string", "'total', or the topic of the breakdown (age_group, sex ...)."),
    ("breakdown", "string", "'Total', or DfE's label of the breakdown category."),
)


def _wide_yml(data_sets: dict[str, list[Measure]]) -> str:
    out = [
        _fill(
            f"{notice(str(REGISTRY))} One view per DfE data set of the registry, for a "
            "council's own dashboards: analytics.measures pivoted so that each measure of the "
            "data set is a column. Regional and public dashboards read analytics.publication "
            "instead.",
            0,
        ).replace("\n", "\n# ")
    ]
    out[0] = "# " + out[0] + "\n"
    out.append("version: 2\n\nmodels:\n")
    for data_set, measures in data_sets.items():
        out.append(f"  - name: {wide_name(data_set)}\n    description: >\n")
        labels = "; ".join(f"{m.measure_id} ({m.label})" for m in measures)
        out.append(
            _fill(
                f"DfE data set {data_set}, wide: one row per year, area and breakdown of "
                f"analytics.measures, with the unrounded value and the published value of each "
                f"of its measures: {labels}. A measure with no row for a breakdown is null "
                "there.",
                6,
            )
            + "\n"
        )
        out.append("    columns:\n")
        for name, data_type, text in KEY_COLUMNS:
            out.append(f"      - name: {name}\n        data_type: {data_type}\n")
            out.append(f"        description: {_yaml_text(text)}\n")
        for m in measures:
            out.append(f"      - name: {m.measure_id}\n        data_type: double\n")
            out.append(
                f"        description: {_yaml_text(f'{m.label}: unrounded value ({m.unit}).')}\n"
            )
            out.append(f"      - name: {m.measure_id}_published\n        data_type: string\n")
            out.append(
                "        description: "
                + _yaml_text(f"{m.label}: as published (rounded, suppressed; c, k, x, z).")
                + "\n"
            )
    return "".join(out)


def _yaml_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def files(root: Path) -> dict[Path, str]:
    out = {LISTS: _lists(root)}
    data_sets: dict[str, list[Measure]] = {}
    for measure in registry(root):
        data_sets.setdefault(measure.data_set, []).append(measure)
    data_sets = dict(sorted(data_sets.items()))
    for data_set, measures in data_sets.items():
        out[WIDE_DIR / f"{wide_name(data_set)}.sql"] = _wide_sql(data_set, measures)
    out[WIDE_PROPERTIES] = _wide_yml(data_sets)
    return out
