"""The reference validator as an oracle: runner, known defects, and detection of injected defects.

Tests marked `oracle` need `.venv-oracle/` (created by `cic_lab.oracle.venv.ensure()`); they are
skipped when it is missing. Output shows counts and rule codes only.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from cic_lab.generate.defects import inject, previous_year
from cic_lab.generate.sample import sample_returns
from cic_lab.oracle import known_defects, venv
from cic_lab.oracle.files import read_return, write_return
from cic_lab.oracle.runner import TABLE_NAMES, end_year, run

LA = "886"
ONS = "E10000016"

needs_oracle = pytest.mark.skipif(not venv.is_installed(), reason="oracle venv not installed")


def test_end_year_is_what_the_validator_wants():
    assert end_year("2025-26") == "2026"
    assert end_year("2023-24") == "2024"
    with pytest.raises(ValueError):
        end_year("2025/26")


def test_table_names_cover_the_contract():
    from cic.ssda903 import TABLES

    assert set(TABLE_NAMES.values()) == {t.name for t in TABLES}


def test_known_defects_seed_loads():
    defects = known_defects.load()
    codes = {c for d in defects for c in d.rule_codes}
    assert {"231", "146", "165", "633", "233"} <= codes
    assert all(d.explanation and d.dfe_rule_text for d in defects)
    assert "146" in known_defects.affected_codes("2024-25")
    assert "146" not in known_defects.affected_codes("2025-26")


def test_files_round_trip(tmp_path):
    year = "2025-26"
    tables = sample_returns(LA, year, 8)[(LA, year)]
    write_return(tmp_path, tables, year)
    back = read_return(tmp_path)
    for name, rows in tables.items():
        if rows:
            assert back[name] == rows


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    year = "2025-26"
    returns = sample_returns(LA, year, 12)
    root = tmp_path_factory.mktemp("oracle")
    prev = previous_year(year)
    write_return(root / "prev", returns[(LA, prev)], prev)
    write_return(root / "this", returns[(LA, year)], year)
    return root, year


@pytest.mark.oracle
@needs_oracle
def test_runner_on_a_tiny_return(written):
    root, year = written
    result = run(root / "this", year, ONS, previous_year=root / "prev")
    assert result.ruleset == "lac2025_26"
    # the version the oracle venv runs is the one its lock pins
    assert f"{venv.VALIDATOR_PACKAGE}=={result.validator_version}" == venv.validator_requirement()
    assert {"231", "233"} <= set(result.fails)  # known oracle defects: always raise
    assert len(result.dones) > 250
    assert result.wall_seconds > 0 and result.peak_rss_mb > 0
    # blank postcodes: every episode of a looked-after child is flagged by 392b
    flagged = [f for f in result.findings if f.rule_code == "392b"]
    assert flagged and all(f.table == "episodes" and f.key and f.row is not None for f in flagged)
    assert result.table_rows["Header"] == 12


@pytest.mark.oracle
@needs_oracle
def test_runner_without_previous_year_skips_cross_year_rules(written):
    root, year = written
    result = run(root / "this", year, ONS)
    assert "202" in result.skips and "502" in result.skips


def _detection(year: str, children: int, tmp: Path) -> tuple[int, int, set[str]]:
    clean = sample_returns(LA, year, children)
    dirty = copy.deepcopy(clean)
    manifest = inject(dirty, 1.0, 11, [year])
    prev = previous_year(year)
    write_return(tmp / "prev", clean[(LA, prev)], prev)
    write_return(tmp / "clean", clean[(LA, year)], year)
    write_return(tmp / "dirty", dirty[(LA, year)], year)
    base = run(tmp / "clean", year, ONS, previous_year=tmp / "prev")
    hurt = run(tmp / "dirty", year, ONS, previous_year=tmp / "prev")
    detected, missed = 0, set()
    for entry in manifest:
        child = str(entry["child"])
        new = hurt.codes_for_child(child) - base.codes_for_child(child)
        if set(entry["rule_codes"]) & new:  # type: ignore[arg-type]
            detected += 1
        else:
            missed.add(str(entry["defect"]))
    return len(manifest), detected, missed


@pytest.mark.oracle
@needs_oracle
@pytest.mark.parametrize("year", ["2025-26", "2026-27"])
def test_injected_defects_are_caught_by_their_rules(tmp_path, year):
    injected, detected, missed = _detection(year, 240, tmp_path)
    assert injected > 180
    # a code counts only when the clean return did not already raise it for that child
    assert detected / injected >= 0.95, f"missed kinds: {sorted(missed)}"
