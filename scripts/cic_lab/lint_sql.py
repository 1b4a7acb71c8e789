"""sqlfluff over the project's SQL in two passes: the same findings in about 60% of the time.

A file that is one macro call (and comments), as most rule models are, holds no SQL of its own.
With the dbt templater sqlfluff lints the macro's whole expansion, then drops every finding in
it, because it is templated: a finding is only reported where it can be mended, in the file's
own text. What it can find in such a file is in the text around the call (line length, white
space, the first and last lines), yet the expansion took most of its time: measured on
2026-12-07, the 304 such files took 94 of sqlfluff's 216 CPU seconds of per-file work. So:

- the files with SQL of their own are linted as `.sqlfluff` says (the dbt templater, every
  rule but those it excludes);
- the files that are macro calls alone are linted by sqlfluff's plain Jinja templater, which
  leaves each call unexpanded (it renders as the macro's name), with parsing and templating
  findings ignored (the call is not SQL, and dbt compiles it in every build). The rules that
  read the file's own text find there what they find with the dbt templater (checked on files
  holding each kind of fault, tests/python/test_lint_sql.py), but for one: a file that ends
  with a call and no line end, which is checked here instead (LT12, `unended`).

What is lost: the dbt pass also reports a macro expansion that sqlfluff cannot parse. That says
nothing of the file's style, and `dbt build` runs every expansion.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from cic.paths import PROJECT_ROOT

SQLFLUFF = Path(sys.executable).with_name("sqlfluff")
# The project's configuration, for a file outside the project too (as a test lints).
CONFIG = ("--config", str(PROJECT_ROOT / ".sqlfluff"))
# The pass over the files that are macro calls alone.
MACRO_CALL_PASS = (*CONFIG, "--templater", "jinja", "--ignore", "parsing,templating")

_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
_JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_SQL_COMMENT = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)


def has_own_sql(text: str) -> bool:
    """Whether a SQL file's text holds anything outside Jinja tags and comments. A tag that
    the patterns cut short (a `}}` inside one of its strings) leaves text behind, so such a
    file counts as holding SQL and gets the whole lint."""
    text = _JINJA_TAG.sub("", _JINJA_COMMENT.sub("", text))
    return bool(_SQL_COMMENT.sub("", text).strip())


def sql_files(paths: Iterable[Path]) -> list[Path]:
    """The .sql files named, and those under the folders named, in name order."""
    found: set[Path] = set()
    for path in paths:
        found.update(path.rglob("*.sql") if path.is_dir() else [path])
    return sorted(found)


def split(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The SQL files of `paths`: (those with SQL of their own, those that are macro calls)."""
    own: list[Path] = []
    calls: list[Path] = []
    for path in sql_files(paths):
        (own if has_own_sql(path.read_text(encoding="utf-8")) else calls).append(path)
    return own, calls


def commands(paths: Iterable[Path]) -> list[list[str]]:
    """The sqlfluff commands that lint the SQL files of `paths`: one per pass that has files."""
    return _commands(*split(paths))


def _commands(own: list[Path], calls: list[Path]) -> list[list[str]]:
    return [
        [str(SQLFLUFF), "lint", *options, *(str(f) for f in chosen)]
        for chosen, options in ((own, CONFIG), (calls, MACRO_CALL_PASS))
        if chosen
    ]


def unended(files: Iterable[Path]) -> list[Path]:
    """The files whose text does not end in a line end. sqlfluff's LT12 finds it, but not in
    the Jinja pass when a macro call ends the file: the end is then inside what the call
    renders, which is templated."""
    return [f for f in files if (text := f.read_bytes()) and not text.endswith(b"\n")]


def lint(paths: Iterable[Path]) -> int:
    """Run both passes from the project folder (where `.sqlfluff` is); the worse exit status."""
    own, calls = split(paths)  # each file read once
    status = 0
    for command in _commands(own, calls):
        status = max(status, subprocess.run(command, cwd=PROJECT_ROOT, check=False).returncode)
    for path in unended(calls):
        lines = path.read_text(encoding="utf-8").split("\n")
        print(f"== [{path}] FAIL")  # as sqlfluff reports it
        where = f"L: {len(lines):3} | P: {len(lines[-1]) + 1:3}"
        print(f"{where} | LT12 | Files must end with a single trailing newline.")
        status = max(status, 1)
    return status
