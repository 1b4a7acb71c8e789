"""The landing contract in Python and the dbt source definition describe the same raw tables."""

from __future__ import annotations

import yaml

from cic.land.warehouse import AUDIT_COLUMNS
from cic.paths import PROJECT_ROOT
from cic.ssda903 import TABLES, raw_columns

SOURCES = PROJECT_ROOT / "models" / "staging" / "ssda903" / "_ssda903__sources.yml"
MARTS = PROJECT_ROOT / "models" / "marts" / "ssda903" / "_ssda903__models.yml"


def test_dbt_sources_declare_the_landed_columns():
    source = yaml.safe_load(SOURCES.read_text())["sources"][0]
    declared = {t["name"]: [c["name"] for c in t.get("columns", [])] for t in source["tables"]}
    audit = [c.split()[0] for c in AUDIT_COLUMNS]
    for table in TABLES:
        assert declared[f"ssda903__{table.name}"] == [*raw_columns(table), *audit]


def test_every_mart_column_is_documented_and_typed():
    models = {m["name"]: m for m in yaml.safe_load(MARTS.read_text())["models"]}
    for table in TABLES:
        model = models[f"ssda903__{table.name}"]
        names = [c["name"] for c in model["columns"]]
        for column in raw_columns(table):
            assert column in names
            if column.upper() in table.dates:
                assert f"{column}_text" in names
        for column in model["columns"]:
            assert column.get("description"), (table.name, column["name"])
            assert column.get("data_type"), (table.name, column["name"])
