"""The dbt graph says what the folders say: groups keep validation off the return's internals,
child-level data is flagged on every model that holds it, and the selectors select what their
names promise. Read from the manifest of `dbt parse`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from cic.paths import PROJECT_ROOT
from cic_lab.processes import NO_CMS_VARS, dbt, profiles_dir

# Column names that hold child-level data wherever they appear.
CHILD_LEVEL_COLUMNS = {
    "child",
    "child_id",
    "person_id",
    "dob",
    "mc_dob",
    "home_post",
    "pl_post",
    "postcode_of_home",
}


SELECTORS = ("nightly", "ssda903_return", "validation", "nightly_without_analytics")


@dataclass(frozen=True)
class Parsed:
    """The project as `dbt parse` reads it with dbt's default vars: its manifest.json, and the
    nodes each selector selects (sources left out)."""

    manifest: dict[str, Any]
    selected: dict[str, set[str]]


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> Parsed:
    """dbt's programmatic runner in this process parses the project once and lists each
    selector from that manifest (a `dbt parse` process and four `dbt ls` processes took about
    30 s)."""
    from dbt.cli.main import dbtRunner

    scratch = tmp_path_factory.mktemp("parse")
    common = [
        "--project-dir",
        str(PROJECT_ROOT),
        "--profiles-dir",
        str(profiles_dir(scratch)),
        "--target-path",
        str(scratch / "dbt_target"),
        "--log-path",
        str(scratch / "dbt_logs"),
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(scratch)
        patch.setenv("CIC_WAREHOUSE", "build.duckdb")
        done = dbtRunner().invoke(["parse", *common])
        assert done.success, done.exception
        runner = dbtRunner(manifest=done.result)
        selected = {}
        for selector in SELECTORS:
            listed = runner.invoke(["ls", "--selector", selector, "--quiet", *common])
            assert listed.success, listed.exception
            selected[selector] = {n for n in listed.result if not n.startswith("source:")}
    manifest = json.loads((scratch / "dbt_target" / "manifest.json").read_text())
    return Parsed(manifest, selected)


@pytest.fixture(scope="module")
def manifest(parsed: Parsed) -> dict[str, Any]:
    return parsed.manifest


def models(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for n in manifest["nodes"].values() if n["resource_type"] == "model"]


def child_level_columns(node: dict[str, Any]) -> set[str]:
    return {
        name
        for name, column in node["columns"].items()
        if name.removesuffix("_text") in CHILD_LEVEL_COLUMNS or column["meta"].get("pii")
    }


def test_every_model_says_whether_it_holds_child_data(manifest):
    for node in models(manifest):
        flag = node["config"]["meta"].get("contains_pii")
        assert isinstance(flag, bool), f"{node['name']}: meta.contains_pii is not set"
        if not flag:
            found = child_level_columns(node)
            assert not found, f"{node['name']} says it holds no child data but has {found}"


def test_a_model_without_child_level_columns_is_not_flagged_needlessly_in_marts(manifest):
    # The aggregates dashboards read (summary, rules, history) must be publishable as they are.
    flagged = {
        n["name"]
        for n in models(manifest)
        if n["config"]["meta"].get("contains_pii") and n["name"].startswith("validation__")
    }
    assert flagged == {"validation__errors"}


def test_every_model_is_in_a_group_and_validation_reads_only_public_models(manifest):
    nodes = manifest["nodes"]
    for node in models(manifest):
        assert node["group"] in {
            "ssda903_return",
            "reference_data",
            "validation",
            "analytics",
        }, node["name"]
        if node["group"] != "validation":
            continue
        for parent in node["depends_on"]["nodes"]:
            upstream = nodes.get(parent)
            if upstream is None or upstream["resource_type"] != "model":
                continue
            assert upstream["group"] == "validation" or upstream["access"] == "public", (
                f"{node['name']} reads {upstream['name']}, which is not public"
            )


def test_every_public_mart_is_documented_and_read_by_an_exposure(manifest):
    read = {
        parent
        for exposure in manifest["exposures"].values()
        for parent in exposure["depends_on"]["nodes"]
    }
    for node in models(manifest):
        if node["access"] != "public" or node["group"] == "reference_data":
            continue
        assert node["unique_id"] in read, f"{node['name']} is public but no exposure reads it"
        assert node["description"], f"{node['name']} has no description"
        for name, column in node["columns"].items():
            assert column["description"], f"{node['name']}.{name} has no description"


@pytest.fixture(scope="module")
def selected(parsed: Parsed) -> dict[str, set[str]]:
    return parsed.selected


@pytest.mark.slow
def test_selectors_select_what_they_say(selected):
    nightly = selected["nightly"]
    the_return = selected["ssda903_return"]
    validation = selected["validation"]
    assert not any(name.startswith("unit_test:") for name in nightly | the_return | validation)
    assert "cic.validation.marts.validation__errors" in nightly
    assert "cic.marts.ssda903.ssda903__episodes" in the_return
    assert not any(".validation." in name or ".analytics." in name for name in the_return)
    assert the_return < nightly
    assert "cic.validation.marts.validation__errors" in validation
    # The baseline of the analytics marts' cost: the nightly build less everything under
    # analytics (models, their tests and their seeds), and nothing else.
    without_analytics = selected["nightly_without_analytics"]
    analytics = {name for name in nightly if name.startswith("cic.analytics.")}
    assert analytics and nightly - without_analytics == analytics
    assert without_analytics < nightly


def test_analytics_tables_are_published(manifest):
    # Every analytics mart (the wide views per data set that `cic codegen` writes included) is
    # in the published_marts exposure: publication copies what that exposure names.
    exposure = manifest["exposures"]["exposure.cic.published_marts"]
    published = set(exposure["depends_on"]["nodes"])
    for node in models(manifest):
        if node["group"] == "analytics" and node["access"] == "public":
            assert node["unique_id"] in published, (
                f"{node['name']}: add ref('{node['name']}') to published_marts in "
                "models/_exposures.yml"
            )


@pytest.mark.slow
def test_every_unit_test_runs_in_a_warehouse_fed_by_903_files_alone(tmp_path):
    # `dbt build --vars '{cms_sources: []}'` leaves every CMS family's staging out and makes the
    # common data model CTEs. A unit test must not read either as an input (with rows given as
    # a dict): dbt reads an input's columns from the warehouse, so the unit test would fail and
    # the build would skip its model and everything downstream.
    result = dbt(
        tmp_path / "build.duckdb", tmp_path, "parse", "--vars", NO_CMS_VARS, artifacts=True
    )
    assert result.returncode == 0, result.stdout[-2000:]
    manifest = json.loads((tmp_path / "dbt_target" / "manifest.json").read_text())
    materialized = {n["name"]: n["config"]["materialized"] for n in manifest["nodes"].values()}
    disabled = {n[0]["name"] for n in manifest["disabled"].values()}
    assert "stg_lcs__placements" in disabled
    assert materialized["int_cdm__care_episodes"] == "ephemeral"
    for unit_test in manifest["unit_tests"].values():
        for given in unit_test["given"]:
            if given["input"].startswith("ref('") and given["format"] == "dict":
                name = given["input"].removeprefix("ref('").removesuffix("')")
                assert name in materialized, f"{unit_test['name']} reads disabled {name}"
                assert materialized[name] != "ephemeral", f"{unit_test['name']} reads CTE {name}"
