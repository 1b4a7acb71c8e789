"""Child processes with their own wall time and peak memory, and dbt run on a chosen warehouse.

Peak memory is the child's VmHWM, read from /proc while it runs: the rusage a parent gets back
counts the parent's own memory at fork time too, which would make every child look as big as
the process that started it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cic import paths
from cic.paths import PROJECT_ROOT

DBT = Path(sys.executable).parent / "dbt"


@dataclass(frozen=True)
class Measured:
    """A finished child process: exit code, output, wall seconds and peak resident memory."""

    returncode: int
    stdout: str
    stderr: str
    wall_seconds: float
    peak_rss_mb: float


def _high_water_kb(pid: int) -> int:
    try:
        with Path(f"/proc/{pid}/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
        pass
    return 0


def _tree_resident_kb(root: int) -> int:
    """Resident memory summed over `root` and every process descended from it, now."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name (field 2) is parenthesised and may hold spaces: split after it.
            fields = stat.read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= found
        grew = bool(found)
    total = 0
    for pid in tree:
        try:
            with Path(f"/proc/{pid}/status").open(encoding="ascii") as status:
                total += next(
                    (int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0
                )
        except (OSError, ValueError):
            continue
    return total


def measure(
    command: list[str],
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    tree: bool = False,
) -> Measured:
    """Run `command`, sampling its memory high-water mark until it exits. With `tree`, the
    peak is of the memory summed over the process and its descendants (sampled twice a second),
    for a command whose work runs in a child, such as dbt-spark's JVM."""
    started = time.perf_counter()
    peak_kb = 0
    next_tree_sample = started
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(
            command, cwd=cwd or PROJECT_ROOT, env=env, stdout=out, stderr=err, text=True
        )
        while True:
            peak_kb = max(peak_kb, _high_water_kb(process.pid))
            if tree and time.perf_counter() >= next_tree_sample:
                peak_kb = max(peak_kb, _tree_resident_kb(process.pid))
                next_tree_sample = time.perf_counter() + 0.5
            try:
                process.wait(timeout=0.02)
                break
            except subprocess.TimeoutExpired:
                continue
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return Measured(process.returncode, out.read(), err.read(), wall, peak_kb / 1024)


def profiles_dir(scratch: Path) -> Path:
    """The project's profiles.yml, or a copy of the example in `scratch` when there is none."""
    if (PROJECT_ROOT / "profiles.yml").exists():
        return PROJECT_ROOT
    scratch.mkdir(parents=True, exist_ok=True)
    (scratch / "profiles.yml").write_text((PROJECT_ROOT / "profiles.example.yml").read_text())
    return scratch


# dbt's --vars for a warehouse fed by 903 files alone: no CMS family's staging, and the common
# data model compiled into the marts as CTEs. One text, so that such invocations share a parse.
NO_CMS_VARS = json.dumps({"cms_sources": []})

# dbt parses the whole project (about 15 s) whenever its target folder holds no partial-parse
# file. With $CIC_LAB_DBT_PARSE_CACHE set to a folder (the test session sets it), the partial-
# parse file of the first invocation with given --vars is kept there and copied into the
# target folder of each later one, and dbt reads the project in about 4 s. dbt checks every
# file's checksum against it, so a stale file costs a parse, never a wrong manifest: a copy of
# the project (another --project-dir, which a test edits) reads the file too, and dbt parses
# again only what the copy changed; only the project itself writes it. dbt only accepts the
# file when the profile's connection details are the same, so the key holds the profiles
# file's text, and dbt runs in the warehouse's folder and is given the warehouse's name alone:
# one profile for every warehouse called build.duckdb.
PARSE_CACHE_ENV = "CIC_LAB_DBT_PARSE_CACHE"
_PARSE_KEY_OPTIONS = ("--vars", "--target", "--profile")


def _parse_cache_file(args: tuple[str, ...], profiles: Path) -> Path | None:
    """Where the partial-parse file of dbt invocations like this one is kept, if anywhere."""
    folder = os.environ.get(PARSE_CACHE_ENV)
    if not folder:
        return None
    key = [(profiles / "profiles.yml").read_text(encoding="utf-8")] + [
        f"{option}={args[at + 1]}"
        for at, option in enumerate(args[:-1])
        if option in _PARSE_KEY_OPTIONS
    ]
    digest = hashlib.sha256("\0".join(key).encode()).hexdigest()[:16]
    return Path(folder) / f"{digest}.msgpack"


def dbt(
    warehouse: Path,
    scratch: Path,
    *args: str,
    env: dict[str, str] | None = None,
    profiles: Path | None = None,
    tree: bool = False,
    artifacts: bool = False,
) -> Measured:
    """`dbt ARGS` against `warehouse`, keeping target/ and logs/ in `scratch`: with the
    profiles of `profiles` (a folder; default `profiles_dir`), `env` added to the environment,
    and `tree` as `measure`'s. dbt runs in the warehouse's folder (made if missing). dbt writes
    manifest.json and run_results.json into target/ only with `artifacts`: a build writes the
    manifest twice, at its parse and at its end, about 1.3 s each on this project, and most
    callers read neither (the partial-parse file is written either way)."""
    profiles = (profiles or profiles_dir(scratch)).absolute()
    target = (scratch / "dbt_target").absolute()
    parsed = target / "partial_parse.msgpack"
    cached = _parse_cache_file(args, profiles)
    if cached is not None and cached.is_file() and not parsed.exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, parsed)
    warehouse = warehouse.absolute()
    warehouse.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    project: tuple[str, ...] = ()
    if "--project-dir" in args:
        project_dir = Path(args[args.index("--project-dir") + 1])
    else:
        project_dir, project = PROJECT_ROOT, ("--project-dir", str(PROJECT_ROOT))
    result = measure(
        [
            str(DBT),
            *args,
            *project,
            *(() if artifacts else ("--no-write-json",)),
            "--profiles-dir",
            str(profiles),
            "--target-path",
            str(target),
            "--log-path",
            str((scratch / "dbt_logs").absolute()),
        ],
        env=os.environ | (env or {}) | {"CIC_WAREHOUSE": warehouse.name},
        cwd=warehouse.parent,
        tree=tree,
    )
    # paths.PROJECT_ROOT is the project itself, where a test points this module's at a copy.
    the_project = project_dir.resolve() == paths.PROJECT_ROOT.resolve()
    if cached is not None and the_project and parsed.is_file() and not cached.exists():
        # Written aside and renamed: a parallel invocation sees the whole file or none.
        aside = cached.with_name(f".{cached.name}.{os.getpid()}")
        shutil.copyfile(parsed, aside)
        aside.replace(cached)
    return result
