"""The dbt files that list the 903 return's tables and columns, from `contracts/ssda903.yml`.

For each table: its raw source (every column as text, with the landing audit columns), its
staging model (values trimmed, codes upper-cased, dates parsed with the landed text beside
them) and the model's description, its mart's documented, typed and tested columns, and the
column lists in `macros/validation/ssda903_tables.sql` that the mart SQL and the rules read.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from cic.codegen import notice
from cic.contracts import SSDA903_FILE, Ssda903Column, Ssda903Table, ssda903_tables
from cic.land.warehouse import AUDIT_COLUMNS

STAGING = Path("models") / "staging" / "ssda903"
SOURCES = STAGING / "_ssda903__sources.yml"
STAGING_MODELS = STAGING / "_ssda903__tables.yml"
MARTS = Path("models") / "marts" / "ssda903" / "_ssda903__models.yml"
MACROS = Path("macros") / "validation" / "ssda903_tables.sql"

NOTICE = notice(str(SSDA903_FILE))

RAW_SOURCE = """\
  - name: raw
    schema: raw
    description: >
      Landed files, untouched: every value as text, exactly as in the file, with the
      audit columns that say where each row came from. Written only by `cic land`.
    tables:
      - name: _loads
        description: "One row per landed or rejected file: name, sha256, bytes, rows read, \
landed and rejected, status, message."
      - name: _load_tables
        description: The 903 tables each landed file delivered, with their row counts (an XML \
file delivers several).
      - name: _councils
        description: >-
          The council registry `cic nightly --registry FILE` was last given (la_code, la_name,
          source_system, the file's name, when); empty when the run used the project's own
          registry, seeds/reference/councils.csv.
      - name: _rejects
        description: One row per rejected data row (or per rejected file when it held none), \
with the reason.
"""

MART_DESCRIPTION = """\
      The {dfe_name} table of the SSDA903 return (built as ssda903.{name}): one row per
      row of the LA's current {name}.csv, for every LA and collection year landed.
      Nothing is dropped; values are trimmed and codes upper-cased; a date that does not
      parse is null in its date column and visible in the _text column beside it.
      For an LA and collection year with no landed 903 file at all (an LA fed by CMS
      extracts), the rows derived from the common data model for each of the council's
      derived years (int_ssda903__derived_years: the year its extract was taken in and the
      one before, or var('ssda903_years')), from int_ssda903__<table>_from_cdm, with
      _source_file and _source_row null. A landed return always wins over the derivation.
"""

MART_LEADING_COLUMNS = """\
      - name: la_code
        data_type: string
        description: DfE 3-digit code of the LA whose return this is.
        data_tests:
          - not_null:
              config:
                severity: error
      - name: collection_year
        data_type: string
        description: Collection year, 1 April to 31 March, written 2025-26.
        data_tests:
          - not_null:
              config:
                severity: error
"""

MART_TRAILING_COLUMNS = """\
      - name: _source_file
        data_type: string
        description: "{{ doc('source_file') }}"
        data_tests:
          - not_null:
              config:
                severity: error
                where: "_source_row is not null"
      - name: _source_row
        data_type: integer
        description: "{{ doc('source_row') }}"
        data_tests:
          - not_null:
              config:
                severity: error
                where: "_source_file is not null"
"""

MART_SOURCE_ROW_TEST = """\
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [la_code, collection_year, _source_file, _source_row]
          config:
            severity: error
            where: "_source_file is not null"
"""


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def raw_columns(table: Ssda903Table) -> list[str]:
    """The columns of raw.ssda903__<table>: every declared column, then the audit columns."""
    return [c.column for c in table.columns] + [c.split()[0] for c in AUDIT_COLUMNS]


def mart_columns(table: Ssda903Table) -> list[str]:
    """A mart's columns between collection_year and _source_file: each declared column, and
    beside a date the text it was parsed from."""
    out = []
    for column in table.columns:
        out.append(column.column)
        if column.is_date:
            out.append(f"{column.column}_text")
    return out


def _as_landed(column: Ssda903Column) -> str:
    """The mart column holding a column's value as landed: a date's text, never null where
    the date did not parse. Keys and locators are these."""
    return f"{column.column}_text" if column.is_date else column.column


def _locator(table: Ssda903Table) -> str | None:
    return None if table.locator is None else _as_landed(table.column(table.locator))


def _unique_columns(table: Ssda903Table) -> list[str]:
    return [_as_landed(table.column(name)) for name in table.unique]


def sources(tables: tuple[Ssda903Table, ...]) -> str:
    out = [f"# {NOTICE}\n", "version: 2\n\nsources:\n", RAW_SOURCE]
    for table in tables:
        out.append(
            f"      - name: ssda903__{table.name}\n"
            f"        description: The {table.dfe_name} table of landed 903 files, every value "
            "as text.\n"
            "        columns:\n"
        )
        out.extend(f"          - name: {name}\n" for name in raw_columns(table))
    return "".join(out)


def staging_models(tables: tuple[Ssda903Table, ...]) -> str:
    out = [f"# {NOTICE}\n", "version: 2\n\nmodels:\n"]
    for table in tables:
        out.append(
            f"  - name: stg_ssda903__{table.name}\n"
            f"    description: The {table.dfe_name} rows of each LA's current {table.name}.csv, "
            "cleaned and typed; one row per landed row.\n"
        )
    return "".join(out)


def _cleaned(column: Ssda903Column) -> list[str]:
    source = f"'source.{column.column}'"
    if column.kind == "date":
        return [
            f"{{{{ parse_dmy_date({source}) }}}} as {column.column}",
            f"{{{{ clean_text({source}) }}}} as {column.column}_text",
        ]
    cleaning = "clean_text" if column.kind == "text" else "clean_code"
    return [f"{{{{ {cleaning}({source}) }}}} as {column.column}"]


def staging_sql(table: Ssda903Table) -> str:
    selected = [
        "source._la_code as la_code",
        "source._collection_year as collection_year",
        *(line for column in table.columns for line in _cleaned(column)),
        "source._load_id",
        "source._source_file",
        "source._source_row",
    ]
    select_list = ",\n".join(f"        {line}" for line in selected)
    about = (
        f"The {table.dfe_name} rows of each LA's current {table.name} file: values "
        "trimmed, codes upper case, dates parsed with the original text kept beside them. "
        "Superseded loads are left out."
    )
    comment = textwrap.fill(about, width=100, initial_indent="-- ", subsequent_indent="-- ")
    return (
        f"-- {NOTICE}\n{comment}\n"
        "with\n\n"
        "source as (\n\n"
        f"    select * from {{{{ source('raw', 'ssda903__{table.name}') }}}}\n\n"
        "),\n\n"
        "current_loads as (\n\n"
        "    select load_id from {{ ref('stg_ssda903__current_loads') }}\n"
        f"    where table_name = '{table.name}'\n\n"
        "),\n\n"
        "cleaned as (\n\n"
        "    select\n"
        f"{select_list}\n"
        "    from source\n"
        "    inner join current_loads on source._load_id = current_loads.load_id\n\n"
        ")\n\n"
        "select * from cleaned\n"
    )


def _mart_column(column: Ssda903Column) -> str:
    data_type = "date" if column.is_date else "string"
    out = (
        f"      - name: {column.column}\n"
        f"        data_type: {data_type}\n"
        f"        description: {_quoted(column.description)}\n"
    )
    if column.pii:
        out += "        meta:\n          pii: true\n"
    if column.tests:
        out += "        data_tests:\n" + "".join(f"          - {t}\n" for t in column.tests)
    if column.is_date:
        out += (
            f"      - name: {column.column}_text\n"
            "        data_type: string\n"
            f'        description: "{column.name} exactly as landed (trimmed); kept so that a '
            'date that does not parse stays visible."\n'
        )
    return out


def marts(tables: tuple[Ssda903Table, ...]) -> str:
    out = [f"# {NOTICE}\n", "version: 2\n\nmodels:\n"]
    for table in tables:
        out.append(
            f"  - name: ssda903__{table.name}\n"
            "    description: >\n"
            + MART_DESCRIPTION.format(dfe_name=table.dfe_name, name=table.name)
            + "    config:\n      contract:\n        enforced: true\n"
            "    data_tests:\n" + MART_SOURCE_ROW_TEST
        )
        if table.name != "header":  # every other table's CHILD has a Header row
            out.append("      - has_header_row\n")
        if table.unique:
            key = ", ".join(["la_code", "collection_year", *_unique_columns(table)])
            out.append(
                "      - unique_combination_of_columns:\n"
                "          arguments:\n"
                f"            combination_of_columns: [{key}]\n"
            )
        out.append("    columns:\n" + MART_LEADING_COLUMNS)
        out.extend(_mart_column(column) for column in table.columns)
        out.append(MART_TRAILING_COLUMNS)
    return "".join(out)


def _jinja_entry(key: str, names: list[str]) -> str:
    """`'key': [...],` in the macro's data, wrapped to 100 characters."""
    pad = " " * 12
    line = f"{pad}'{key}': [" + ", ".join(f"'{n}'" for n in names) + "],\n"
    if len(line) <= 101:
        return line
    items = textwrap.fill(
        ", ".join(f"'{n}'" for n in names) + ",",
        width=100,
        initial_indent=pad + "    ",
        subsequent_indent=pad + "    ",
        break_on_hyphens=False,
    )
    return f"{pad}'{key}': [\n{items}\n{pad}],\n"


# The macros that give one list of one table: (macro, key of its ssda903_tables() entry).
ACCESSORS = (
    ("ssda903_columns", "columns"),
    ("ssda903_date_columns", "date_columns"),
    ("ssda903_mart_columns", "mart_columns"),
)


def _accessor(macro: str, key: str) -> str:
    return (
        "\n"
        f"{{% macro {macro}(table_name) -%}}\n"
        "    {%- for table in ssda903_tables() if table.name == table_name -%}\n"
        f"        {{{{ return(table.{key}) }}}}\n"
        "    {%- endfor -%}\n"
        "    {{ exceptions.raise_compiler_error('no 903 table ' ~ table_name) }}\n"
        "{%- endmacro %}\n"
    )


def macros(tables: tuple[Ssda903Table, ...]) -> str:
    entries = []
    for table in tables:
        locator = _locator(table)
        entries.append(
            "        {\n"
            f"            'name': '{table.name}',\n"
            f"            'dfe_name': '{table.dfe_name}',\n"
            f"            'locator': {f'{locator!r}' if locator else 'none'},\n"
            + _jinja_entry("columns", [c.column for c in table.columns])
            + _jinja_entry("date_columns", [c.column for c in table.columns if c.is_date])
            + _jinja_entry("mart_columns", mart_columns(table))
            + "        },\n"
        )
    return (
        f"{{#- {NOTICE}\n"
        "    The 903 tables as the marts and the rules see them: our table name, DfE's name,\n"
        "    the mart column that locates a record (or none), the DfE columns in DfE order\n"
        "    (lower case, XML-only ones included), those of them that are dates, and the mart's\n"
        "    columns between collection_year and _source_file (a date's text beside it). -#}\n"
        "{% macro ssda903_tables() -%}\n"
        "    {{ return([\n"
        f"{''.join(entries)}"
        "    ]) }}\n"
        "{%- endmacro %}\n" + "".join(_accessor(name, key) for name, key in ACCESSORS)
    )


def files(root: Path) -> dict[Path, str]:
    tables = ssda903_tables(root)
    out = {
        SOURCES: sources(tables),
        STAGING_MODELS: staging_models(tables),
        MARTS: marts(tables),
        MACROS: macros(tables),
    }
    for table in tables:
        out[STAGING / f"stg_ssda903__{table.name}.sql"] = staging_sql(table)
    return out
