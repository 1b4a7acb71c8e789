"""Shared fixtures: a private warehouse per test, the cic CLI in-process, the session's
nightly run."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from cic.cli import app
from cic.paths import PROJECT_ROOT
from cic_lab.processes import PARSE_CACHE_ENV

# dbt's partial-parse file is shared by the session's dbt invocations with the same --vars
# (cic_lab.processes): each test's dbt reads the project in about 4 s instead of 15. The
# controller makes the folder before the workers start, and they inherit the variable.
_PARSE_CACHE_MADE = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    if PARSE_CACHE_ENV not in os.environ:
        os.environ[PARSE_CACHE_ENV] = tempfile.mkdtemp(prefix="cic-dbt-parse-")
        config.stash[_PARSE_CACHE_MADE] = Path(os.environ[PARSE_CACHE_ENV])


def pytest_unconfigure(config: pytest.Config) -> None:
    made = config.stash.get(_PARSE_CACHE_MADE, None)
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)
        del os.environ[PARSE_CACHE_ENV]


# `make test` runs pytest on two workers (pytest-xdist, --dist loadgroup). A module's tests stay
# together on one worker, so that its module-scoped fixtures are built once, and the modules
# with a test that reads the session's nightly run (fixture nightly_outputs) share one worker,
# so that the run happens once. The markers must be in place before xdist's own hook reads them
# (it turns each into a suffix of the test's id), hence tryfirst.
# The groups are handed to the workers in the order of the items (make test passes
# --no-loadscope-reorder): the groups with a slow test (marker `slow`, or the nightly run) go
# first, so that no worker is left with a slow group while the other has nothing to do; of
# those, a group with a test that builds a copy of the project from the dbt parse that another
# module's build leaves (marker `copies_project`) goes last: only the project's own builds
# leave a parse (cic_lab.processes), and a copy that finds none parses the whole project.


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def module(item: pytest.Item) -> str:
        return item.nodeid.split("::")[0]

    nightly = {module(i) for i in items if "nightly_outputs" in getattr(i, "fixturenames", ())}
    group = {item.nodeid: "nightly" if module(item) in nightly else module(item) for item in items}
    for item in items:
        item.add_marker(pytest.mark.xdist_group(group[item.nodeid]))
    slow = {"nightly"} | {group[i.nodeid] for i in items if i.get_closest_marker("slow")}
    copies = {group[i.nodeid] for i in items if i.get_closest_marker("copies_project")}
    items.sort(key=lambda item: (group[item.nodeid] not in slow, group[item.nodeid] in copies))


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "warehouse" / "build.duckdb"
    monkeypatch.setenv("CIC_WAREHOUSE", str(path))
    return path


CliResult = tuple[int, str]


@pytest.fixture
def cic() -> Callable[..., CliResult]:
    """Run `cic ARGS...` in-process; return (exit code, stdout + stderr)."""

    def run(*args: str | Path) -> CliResult:
        result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
        return result.exit_code, result.output

    return run


def query(path: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@dataclass(frozen=True)
class NightlyOutputs:
    """What the first `cic nightly` of the test session left: its warehouse folder (build.duckdb,
    published/, logs/), the extracts it read, its registry, exit status and output."""

    folder: Path
    extracts: Path
    registry: Path
    returncode: int
    output: str

    @property
    def published(self) -> Path:
        return self.folder / "published"

    @property
    def database(self) -> Path:
        return self.published / "cic.duckdb"

    @property
    def exports(self) -> Path:
        return self.published / "exports"

    def run(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """`cic nightly` again on the same warehouse, extracts and registry."""
        return run_nightly(self.folder, self.extracts, self.registry, *args, env=env)


def run_nightly(
    folder: Path, extracts: Path, registry: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {"CIC_WAREHOUSE": str(folder / "build.duckdb"), "COLUMNS": "200"}
    return subprocess.run(
        [
            str(Path(sys.executable).with_name("cic")),
            "nightly",
            "--extracts",
            str(extracts),
            "--registry",
            str(registry),
            *args,
        ],
        env=environment | (env or {}),
        capture_output=True,
        text=True,
        check=False,
    )


# A broken extract of each kind the landing gate stops: LA 316's 2025-26 episodes with dates
# that do not parse, and LA 887's 2025-26 header without its SEX column.
BROKEN_DATES = ("316", "2025-26", "episodes.csv", "DECOM")
MISSING_COLUMN = ("887", "2025-26", "header.csv", "SEX")
# A line of commas after the data of LA 886's 2024-25 reviews, as a spreadsheet leaves it: the
# file lands, and the row is listed in raw._rejects as one that holds no record.
BLANK_ROW = ("886", "2024-25", "reviews.csv")


def _break_extracts(extracts: Path) -> None:
    la, year, name, column = BROKEN_DATES
    path = extracts / "ssda903" / la / year / name
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row[column] = "31/31/2025"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    la, year, name, column = MISSING_COLUMN
    shutil.copytree(extracts / "ssda903" / "886", extracts / "ssda903" / la)
    path = extracts / "ssda903" / la / year / name
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with path.open("w", encoding="utf-8", newline="") as handle:
        fields = [f for f in rows[0] if f != column]
        writer = csv.DictWriter(
            handle, fieldnames=fields, lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(rows)
    la, year, name = BLANK_ROW
    with (extracts / "ssda903" / la / year / name).open("a", encoding="utf-8") as handle:
        handle.write(",,,\r\n")


@pytest.fixture(scope="session")
def nightly_outputs(tmp_path_factory: pytest.TempPathFactory) -> NightlyOutputs:
    """One nightly run over generated extracts: LAs 940 (lcs) and 941 (mosaic) from a CMS, with
    903 files beside them that the registry says to leave alone; LAs 886 and 316 from the
    bundled 903 sample; LA 887 a copy of 886. 316 and 887 each have one broken file; one file of
    886 has a blank row after its data."""
    root = tmp_path_factory.mktemp("nightly")
    extracts = root / "extracts"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("cic-lab")),
            "generate",
            "--out",
            str(extracts),
            "--tier",
            "small",
            "--years",
            "2024-25,2025-26",
            "--seed",
            "1",
            "--sources",
            "lcs,mosaic",
        ],
        check=True,
        capture_output=True,
    )
    for la_folder in (PROJECT_ROOT / "tests" / "fixtures" / "sample").iterdir():
        if la_folder.is_dir():
            shutil.copytree(la_folder, extracts / "ssda903" / la_folder.name)
    _break_extracts(extracts)
    registry = root / "councils.csv"
    registry.write_text(
        "la_code,la_name,source_system\n940,Council 940,lcs\n941,Council 941,mosaic\n",
        encoding="utf-8",
    )
    folder = root / "warehouse"
    done = run_nightly(folder, extracts, registry)
    return NightlyOutputs(folder, extracts, registry, done.returncode, done.stdout + done.stderr)
