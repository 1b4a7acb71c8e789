"""Every file that can hold child data is created owner-only, by cic and by dbt alike.

The cic command restricts its process first; dbt does so through the cic.owner_only plugin in
profiles.yml. Each test runs in a child process (or the CLI) so that the mask it checks is the
one the command sets, not the test runner's.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cic.paths import PROJECT_ROOT
from cic_lab.processes import DBT, NO_CMS_VARS, dbt, profiles_dir

SAMPLE = Path(__file__).parents[1] / "fixtures" / "sample" / "886" / "2024-25"


def others_can_read(path: Path) -> bool:
    return bool(stat.S_IMODE(path.stat().st_mode) & 0o077)


def open_mask(tmp_path: Path) -> None:
    """Make the folder and the process mask permissive, so only the code under test restricts."""
    tmp_path.chmod(0o755)
    os.umask(0o022)


@pytest.mark.slow
def test_cic_land_export_and_quarantine_are_owner_only(tmp_path, warehouse, cic):
    open_mask(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("NOT,A,HEADER\n1,2,3\n")
    bad.chmod(0o644)
    code, _ = cic("land", SAMPLE, bad, "--la", "886", "--year", "2024-25")
    assert code == 1  # the bad file is rejected, the sample lands
    built = dbt(
        warehouse,
        tmp_path / "dbt",
        "build",
        "--select",
        "+path:models/marts/ssda903",
        "--exclude-resource-type",
        "test",
        "unit_test",
        "--vars",
        NO_CMS_VARS,  # a warehouse fed by 903 files alone: no CMS family's staging
    )
    assert built.returncode == 0, built.stdout[-2000:]
    out = tmp_path / "exports"
    code, _ = cic("export", "--la", "886", "--year", "2024-25", "--out", out)
    assert code == 0
    written = [
        warehouse.parent,
        warehouse,
        *(warehouse.parent / "quarantine").rglob("*"),
        *out.rglob("*"),
    ]
    assert len(written) > 4
    assert [p for p in written if others_can_read(p)] == []


def test_a_warehouse_dbt_creates_is_owner_only(tmp_path):
    """`dbt debug` opens the warehouse (creating it) without parsing the project."""
    open_mask(tmp_path)
    path = tmp_path / "new.duckdb"
    profiles = profiles_dir(tmp_path / "dbt")
    command = [str(DBT), "debug", "--profiles-dir", str(profiles), "--log-path", str(tmp_path)]
    checked = subprocess.run(
        command,
        env=os.environ | {"CIC_WAREHOUSE": str(path)},
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout[-2000:]
    assert path.exists() and not others_can_read(path)


def test_make_bootstrap_makes_dbts_log_and_target_folders_owner_only(tmp_path):
    """dbt opens logs/dbt.log before its plugins run, with the shell's mask: the folders that
    hold its log and target/ are owner-only, even where they existed before."""
    open_mask(tmp_path)
    (tmp_path / "logs").mkdir(mode=0o755)
    makefile = PROJECT_ROOT / "Makefile"
    made = subprocess.run(
        ["make", "-s", "-f", str(makefile), "-C", str(tmp_path), "private-folders"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    folders = [tmp_path / "logs", tmp_path / "target"]
    assert all(f.is_dir() for f in folders)
    assert [f.name for f in folders if others_can_read(f)] == []


def test_the_write_ahead_log_is_owner_only_while_writes_run(tmp_path):
    """DuckDB keeps uncommitted work in <file>.wal beside the warehouse until a checkpoint."""
    open_mask(tmp_path)
    path = tmp_path / "w.duckdb"
    script = (
        "import sys, os, duckdb\n"
        "from cic.owner_only import restrict\n"
        "restrict()\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('pragma disable_checkpoint_on_shutdown')\n"
        "con.execute('create table t as select range as r from range(1000)')\n"
        "wal = sys.argv[1] + '.wal'\n"
        "print(oct(os.stat(wal).st_mode & 0o777) if os.path.exists(wal) else 'none')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    mode = result.stdout.strip()
    assert mode != "none", "DuckDB wrote no write-ahead log: the test no longer tests it"
    assert int(mode, 8) & 0o077 == 0
