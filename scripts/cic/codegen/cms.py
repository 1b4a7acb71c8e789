"""Each CMS family's dbt files, derived from its declaration and the CDM's.

For every family declared in `contracts/cms/<family>.yml`:
- `models/staging/<family>/_<family>__sources.yml`: the raw tables landing writes (the declared
  columns, lower case, and the audit columns);
- `models/staging/<family>/_<family>__contract.yml`: the family's contract models, one per CDM
  entity (`stg_<family>__<entity>`), each column documented and typed from `contracts/cdm.yml`,
  the dbt contract enforced and the entity's key tested (unique with la_code, not null). A
  model's description is its entity's, then the comment that opens its SQL: how the family
  fills it.

And for all families together, `macros/cdm/cms_date_columns.sql`: each family's tables and the
columns of each that its declaration says hold dates, which stg_landing__unreadable_cms_dates
reads; and `macros/cdm/cms_person_columns.sql`: each family's table of persons and the column of
each other table that points to it, which stg_landing__unmatched_cms_persons reads.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from cic.codegen import notice, opening_comment
from cic.codegen.cdm import column_yml, folded, quoted
from cic.contracts import CDM_FILE, CMS_DIR, Cdm, CdmEntity, CmsFamily, cdm, cms_family
from cic.contracts import cms_family_names as family_names
from cic.land.warehouse import AUDIT_COLUMNS

STAGING = Path("models") / "staging"
DATE_COLUMNS_MACRO = Path("macros") / "cdm" / "cms_date_columns.sql"
PERSON_COLUMNS_MACRO = Path("macros") / "cdm" / "cms_person_columns.sql"


def sources_path(family: str) -> Path:
    return STAGING / family / f"_{family}__sources.yml"


def contract_path(family: str) -> Path:
    return STAGING / family / f"_{family}__contract.yml"


def model_path(family: str, entity: str) -> Path:
    return STAGING / family / f"stg_{family}__{entity}.sql"


def _sources(family: CmsFamily) -> str:
    declaration = CMS_DIR / f"{family.name}.yml"
    audit = [c.split()[0] for c in AUDIT_COLUMNS]
    out = [f"# {notice(str(declaration))}\n", "version: 2\n\nsources:\n"]
    out.append(f"  - name: raw_{family.name}\n    schema: raw\n    description: >\n")
    out.append(folded(family.source_description, 6))
    out.append("    tables:\n")
    for table in family.tables:
        out.append(f"      - name: {family.name}__{table.name}\n")
        out.append(f"        description: {quoted(table.description)}\n")
        out.append("        columns:\n")
        out.extend(f"          - name: {c.lower()}\n" for c in (*table.columns, *audit))
    return "".join(out)


def _contract_model(family: str, entity: CdmEntity, model: Cdm, reading: str) -> str:
    name = f"stg_{family}__{entity.name}"
    scope = ", ".join(c.name for c in model.staging_columns)
    out = [f"  - name: {name}\n    description: >\n"]
    out.append(folded(f"{entity.description}\n\n{reading}", 6))
    out.append("    config:\n      contract:\n        enforced: true\n")
    out.append("    data_tests:\n      - entity_key:\n          arguments:\n")
    out.append(f"            key_columns: [{', '.join(entity.key)}]\n")
    out.append(f"            scope: [{scope}]\n")
    out.append("    columns:\n")
    for column in (*model.staging_columns, *entity.columns):
        out.append(column_yml(column, 6))
    return "".join(out)


def _contract(family: str, model: Cdm, root: Path) -> str:
    intro = (
        f"{notice(f'{CDM_FILE} and the comment that opens each model')} The {family} family's "
        "contract models: one per CDM entity, the columns every family fills, typed, with the "
        "entity's key tested."
    )
    out = [textwrap.fill(intro, width=100, initial_indent="# ", subsequent_indent="# ") + "\n"]
    out.append("version: 2\n\nmodels:\n")
    for entity in model.entities:
        path = root / model_path(family, entity.name)
        if not path.exists():
            raise ValueError(f"{path}: every family fills every CDM entity ({CDM_FILE})")
        reading = opening_comment(path, "how the family fills the entity")
        out.append(_contract_model(family, entity, model, reading))
    return "".join(out)


def _date_columns(families: list[CmsFamily]) -> str:
    out = [
        f"{{#- {notice(str(CMS_DIR / '<family>.yml'))}\n",
        "    Each CMS family's tables that hold dates, and those columns (lower case):\n",
        "    {family: {table: [column, ...]}}. -#}\n",
        "{% macro cms_date_columns() %}\n",
        "    {{ return({\n",
    ]
    for family in families:
        out.append(f"        '{family.name}': {{\n")
        for table in family.tables:
            if table.dates:
                columns = ", ".join(f"'{c.lower()}'" for c in table.dates)
                out.append(f"            '{table.name}': [{columns}],\n")
        out.append("        },\n")
    out.append("    }) }}\n{% endmacro %}\n")
    return "".join(out)


def _person_columns(families: list[CmsFamily]) -> str:
    out = [
        f"{{#- {notice(str(CMS_DIR / '<family>.yml'))}\n",
        "    Each CMS family's table of persons and its column that other tables point to, and\n",
        "    each table's column naming its person (lower case):\n",
        "    {family: {'persons': [table, column], 'tables': {table: column}}}. -#}\n",
        "{% macro cms_person_columns() %}\n",
        "    {{ return({\n",
    ]
    for family in families:
        table, column = family.persons
        out.append(f"        '{family.name}': {{\n")
        out.append(f"            'persons': ['{table}', '{column.lower()}'],\n")
        out.append("            'tables': {\n")
        for entry in family.tables:
            if entry.person_column:
                out.append(f"                '{entry.name}': '{entry.person_column.lower()}',\n")
        out.append("            },\n        },\n")
    out.append("    }) }}\n{% endmacro %}\n")
    return "".join(out)


def files(root: Path) -> dict[Path, str]:
    model = cdm(root)
    out: dict[Path, str] = {}
    families = [cms_family(name, root) for name in family_names(root)]
    for family in families:
        out[sources_path(family.name)] = _sources(family)
        out[contract_path(family.name)] = _contract(family.name, model, root)
    out[DATE_COLUMNS_MACRO] = _date_columns(families)
    out[PERSON_COLUMNS_MACRO] = _person_columns(families)
    return out
