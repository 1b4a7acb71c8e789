"""Files generated from declarations are current, and adding a rule is one SQL file with its
unit test and one catalogue row: `cic codegen` derives everything else that lists rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cic.codegen import stale, write
from cic.codegen.rules import rule_models
from cic.paths import PROJECT_ROOT
from cic_lab.processes import NO_CMS_VARS, dbt
from conftest import query

PROJECT_PARTS = (
    "dbt_project.yml",
    "selectors.yml",
    "models",
    "macros",
    "seeds",
    "tests/dbt",
    "contracts",
)


def test_generated_files_are_current():
    assert stale() == [], "run `cic codegen` and commit what it writes"


def test_every_rule_file_has_a_unit_test_of_its_own():
    import yaml

    for model in rule_models(PROJECT_ROOT):
        spec = PROJECT_ROOT / "models" / "validation" / "rules" / f"{model.name}.yml"
        assert spec.exists(), f"{model.name} has no yml with its unit tests"
        tested = {t["model"] for t in yaml.safe_load(spec.read_text()).get("unit_tests", [])}
        assert model.name in tested, f"{model.name} has no unit test"


def copy_project(destination: Path) -> Path:
    for part in PROJECT_PARTS:
        source = PROJECT_ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part)
        elif source.exists():
            (destination / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / part)
    return destination


THROWAWAY_SQL = """\
-- ZZ01: a throwaway rule for this test: every Header row whose SEX is M fails.
{{ single_table_rule('ZZ01', 'header', where="sex = 'M'", values={'SEX': 'sex'}) }}
"""

THROWAWAY_YML = """\
unit_tests:
  - name: rule_zz01_sex_m_fails
    model: rule_zz01
    given:
      - input: ref('ssda903__header')
        rows:
          - {la_code: '886', collection_year: '2025-26', child: '1', sex: 'M', _source_row: 1}
          - {la_code: '886', collection_year: '2025-26', child: '2', sex: 'F', _source_row: 2}
    expect:
      rows:
        - {rule_code: 'ZZ01', child: '1', offending_values: 'SEX=M'}
"""


@pytest.mark.slow
@pytest.mark.copies_project
def test_a_new_rule_is_one_sql_file_its_unit_test_and_a_catalogue_row(tmp_path, warehouse, cic):
    project = copy_project(tmp_path / "project")
    rules = project / "models" / "validation" / "rules"
    (rules / "rule_zz01.sql").write_text(THROWAWAY_SQL)
    (rules / "rule_zz01.yml").write_text(THROWAWAY_YML)
    with (project / "seeds" / "rules" / "rule_catalogue.csv").open("a") as catalogue:
        catalogue.write("2025-26,ZZ01,2025-26,2,MF,Header,SEX,A throwaway rule for a test.\n")

    # Until the registry is regenerated the check names what is stale; then nothing is.
    assert stale(project)
    write(project)
    assert stale(project) == []

    code, output = cic(
        "land",
        PROJECT_ROOT / "tests/fixtures/sample/886/2025-26",
        "--la",
        "886",
        "--year",
        "2025-26",
    )
    assert code == 0, output
    # The models and seeds validation.rules is built from, the new rule's warn test and its unit
    # test; not the other tests of those models (hundreds, which make test-dbt runs anyway).
    build = dbt(
        warehouse,
        tmp_path / "scratch",
        "build",
        "--project-dir",
        str(project),
        "--select",
        "+validation__rules",
        "rule_zz01",
        "dfe_rule_ZZ01",
        "unit_test:rule_zz01_sex_m_fails",
        "--indirect-selection",
        "empty",
        "--vars",
        NO_CMS_VARS,  # 903 files alone; and the project's parse, which dbt updates for the copy
    )
    assert build.returncode == 0, build.stdout[-3000:]
    assert "rule_zz01_sex_m_fails" in build.stdout  # its unit test ran (and passed)
    reported = [line for line in build.stdout.splitlines() if "dfe_rule_ZZ01" in line]
    assert any("WARN" in line for line in reported), reported  # its warn test found failures
    ((implementation, failing),) = query(
        warehouse,
        "select implementation, failing_records from validation.rules "
        "where rule_code = 'ZZ01' and collection_year = '2025-26'",
    )
    expected = query(
        warehouse,
        "select count(*) from ssda903.header where sex = 'M' and collection_year = '2025-26'",
    )[0][0]
    assert implementation == "rule_model"
    assert failing == expected > 0
