"""The common data model's dbt files, derived from its declaration (`contracts/cdm.yml`).

The CDM macros union the families' contract models column by column (`cdm_union`), so they need
each entity's columns in order and each column's type: `macros/cdm/cdm_contract.sql` holds them.
The CDM's entity models (`int_cdm__<entity>`, each the union of the families'
`stg_<family>__<entity>`) are documented from the same declaration:
`models/intermediate/cdm/_cdm__entities.yml`. The families' contract models are written by
`cic.codegen.cms`.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from cic.codegen import notice
from cic.contracts import CDM_FILE, Cdm, CdmColumn, cdm

CONTRACT_MACRO = Path("macros") / "cdm" / "cdm_contract.sql"
ENTITY_MODELS = Path("models") / "intermediate" / "cdm" / "_cdm__entities.yml"
# The dbt type of each declared type, as the yml of typed models spells it: `string`, which
# DuckDB reads as VARCHAR and Spark as its string type (Spark has no length-less varchar). The
# macro casts with dbt.type_string() instead, so that it holds on every engine.
DATA_TYPES = {"text": "string", "date": "date"}


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def folded(text: str, indent: int) -> str:
    """A YAML folded block's lines: paragraphs (split on blank lines) wrapped at 100 columns."""
    pad = " " * indent
    paragraphs = [
        textwrap.fill(
            " ".join(p.split()),
            width=100,
            initial_indent=pad,
            subsequent_indent=pad,
            break_on_hyphens=False,
            break_long_words=False,
        )
        for p in text.split("\n\n")
    ]
    return "\n\n".join(paragraphs) + "\n"


def column_yml(column: CdmColumn, indent: int, tests: tuple[str, ...] = ()) -> str:
    """One column entry of a model's yml: name, data type, description, pii, tests."""
    pad = " " * indent
    out = [
        f"{pad}- name: {column.name}\n",
        f"{pad}  data_type: {DATA_TYPES[column.type]}\n",
        f"{pad}  description: {quoted(column.description)}\n",
    ]
    if column.pii:
        out.append(f"{pad}  meta:\n{pad}    pii: true\n")
    if tests:
        out.append(f"{pad}  data_tests:\n")
        out.extend(f"{pad}    - {test}\n" for test in tests)
    return "".join(out)


def _entity_line(name: str, columns: tuple[str, ...]) -> str:
    """`'entity': [columns],` on one line, or wrapped one level deeper when that is too long."""
    names = ", ".join(f"'{c}'" for c in columns)
    line = f"        '{name}': [{names}],\n"
    if len(line) <= 101:
        return line
    wrapped = textwrap.fill(names, width=100, initial_indent=" " * 12, subsequent_indent=" " * 12)
    return f"        '{name}': [\n{wrapped}\n        ],\n"


def _macro(model: Cdm) -> str:
    entities = "".join(_entity_line(e.name, e.column_names) for e in model.entities)
    columns = {c.name: c.type for c in model.staging_columns + model.cdm_columns}
    columns |= {c.name: c.type for e in model.entities for c in e.columns}
    types = "".join(f"        '{name}': '{kind}',\n" for name, kind in columns.items())
    return (
        f"{{#- {notice(str(CDM_FILE))}\n"
        "    The common data model's input contract: for each entity, the columns every CMS\n"
        "    staging folder fills in stg_<source>__<entity> (after la_code), in order; and the\n"
        "    type of every column (text or date). cdm_union (macros/cdm/cdm_union.sql) reads\n"
        "    them.\n"
        "-#}\n"
        "{% macro cdm_contract() %}\n"
        "    {{ return({\n"
        f"{entities}"
        "    }) }}\n"
        "{% endmacro %}\n"
        "\n"
        "{% macro cdm_column_types() %}\n"
        "    {{ return({\n"
        f"{types}"
        "    }) }}\n"
        "{% endmacro %}\n"
        "\n"
        "{#- The column's type in the warehouse: date, or the engine's string type. -#}\n"
        "{% macro cdm_column_type(column) -%}\n"
        "    {%- set kind = cdm_column_types().get(column) -%}\n"
        "    {%- if kind is none -%}\n"
        "        {{ exceptions.raise_compiler_error(\n"
        "            column ~ ' is not a column of the CDM contract (contracts/cdm.yml)'\n"
        "        ) }}\n"
        "    {%- elif kind == 'date' -%}\n"
        "        date\n"
        "    {%- else -%}\n"
        "        {{ dbt.type_string() }}\n"
        "    {%- endif -%}\n"
        "{%- endmacro %}\n"
    )


def _entity_models(model: Cdm) -> str:
    intro = (
        f"{notice(str(CDM_FILE))} Each int_cdm__<entity> is the contract entity unioned over "
        "var('cms_sources') (cdm_union), tagged with its family; the models' SQL and what the "
        "CDM derives from them (int_cdm__care_episodes) are beside this file."
    )
    out = [textwrap.fill(intro, width=100, initial_indent="# ", subsequent_indent="# ") + "\n"]
    out.append("version: 2\n\nmodels:\n")
    for entity in model.entities:
        out.append(f"  - name: int_cdm__{entity.name}\n    description: >\n")
        out.append(folded(entity.cdm_description, 6))
        out.append("    columns:\n")
        for column in (*model.cdm_columns, *entity.columns):
            out.append(column_yml(column, 6))
    return "".join(out)


def files(root: Path) -> dict[Path, str]:
    model = cdm(root)
    return {CONTRACT_MACRO: _macro(model), ENTITY_MODELS: _entity_models(model)}
