"""`cic-lab lint-sql`: which files get which sqlfluff pass, and that the pass over files that are
macro calls alone still finds the faults of their own text."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from cic.paths import PROJECT_ROOT
from cic_lab.lint_sql import CONFIG, MACRO_CALL_PASS, commands, has_own_sql, lint, split, unended


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("-- a rule\n{{ single_table_rule('192', 'oc2',\n    where=\"a = 'b'\") }}\n", False),
        (
            "{# note #}\n{% set day = dbt.dateadd('year', 18, 'dob') %}\n{{ rule('1', day) }}\n",
            False,
        ),
        ("/* a block\n comment */\n{{ config(materialized='view') }}\n{{ union() }}\n", False),
        ("select child from {{ ref('header') }}\n", True),
        ("{% if var('x') %}\nselect 1 as one\n{% endif %}\n", True),
        ("{% test t(model) %}\nselect * from {{ model }}\n{% endtest %}\n", True),
        # A tag the patterns cut short (a }} inside its string) counts as SQL: the whole lint.
        ('{{ call("}}") }}\n', True),
    ],
)
def test_a_file_holds_sql_of_its_own_outside_tags_and_comments(text, own):
    assert has_own_sql(text) is own


def test_the_project_is_split_between_the_two_passes():
    folders = [PROJECT_ROOT / "models", PROJECT_ROOT / "tests" / "dbt"]
    own, calls = split(folders)
    rule = PROJECT_ROOT / "models/validation/rules/rule_192.sql"
    facts = PROJECT_ROOT / "models/analytics/facts/analytics__care_episodes.sql"
    assert rule in calls and facts in own
    assert sorted(own + calls) == sorted(p for f in folders for p in f.rglob("*.sql"))
    assert not set(own) & set(calls)
    # The files with SQL of their own get the configured lint; the others the Jinja pass.
    first, second = commands(folders)
    assert first[2:] == [*CONFIG, *map(str, own)]
    assert second[2:] == [*MACRO_CALL_PASS, *map(str, calls)]


def test_the_macro_call_pass_finds_the_faults_of_the_files_own_text(tmp_path: Path):
    # Each fault sqlfluff can find in a file that is one macro call: an indented first line
    # (LT02) that begins with white space (LT13), a long comment (LT05), spaces after the call
    # (LT01) and blank lines at the end (LT12). By hand, 2026-12-07, sqlfluff with the dbt
    # templater found the same five at the same lines on such a file in models/.
    path = tmp_path / "rule.sql"
    path.write_text(
        "\t-- a rule\n-- " + "x" * 120 + "\n{{ single_table_rule('192', 'oc2') }}   \n\n\n"
    )
    (command,) = commands([path])
    found = subprocess.run(
        [*command, "--format", "json"], capture_output=True, text=True, check=False
    )
    assert found.returncode == 1, found.stderr
    codes = {
        (v["code"], v["start_line_no"]) for f in json.loads(found.stdout) for v in f["violations"]
    }
    assert codes == {("LT02", 1), ("LT13", 1), ("LT05", 2), ("LT01", 3), ("LT12", 5)}
    # A file without those faults passes: the call itself (not SQL) is no finding.
    path.write_text("-- a rule\n{{ single_table_rule('192', 'oc2') }}\n")
    clean = subprocess.run(command, capture_output=True, text=True, check=False)
    assert clean.returncode == 0, clean.stdout
    assert lint([path]) == 0


def test_a_macro_call_file_without_a_last_line_end_fails(tmp_path: Path, capfd):
    # sqlfluff's Jinja pass cannot see this one (the end of the file is inside what the call
    # renders), the dbt pass does (LT12): lint-sql checks it itself.
    path = tmp_path / "rule.sql"
    path.write_text("-- a rule\n{{ single_table_rule('192', 'oc2') }}")
    (command,) = commands([path])
    assert subprocess.run(command, capture_output=True, check=False).returncode == 0
    assert unended([path]) == [path]
    assert lint([path]) == 1
    assert f"== [{path}] FAIL" in capfd.readouterr().out
    path.write_text("")  # an empty file has no last line to end
    assert unended([path]) == []
