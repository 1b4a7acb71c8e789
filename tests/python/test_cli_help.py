"""`--help` of every command of `cic` and `cic-lab`: all of its text is shown, and each
paragraph is one line of text for rich to wrap to the terminal.

Rich reads help as markup, so a bracketed default such as `[exports/<la>/<year>/]` would vanish
from the page; and a docstring's own line breaks, kept as they are, would break each line
again in a terminal narrower than the source."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from cic.cli import app as cic_app
from cic_lab.cli import app as lab_app

BORDERS = str.maketrans("", "", "│╭╮╰╯─┃┏┓┗┛━")


def _commands() -> Iterator[tuple[typer.Typer, list[str], Any]]:
    for app in (cic_app, lab_app):
        yield from _walk(app, get_command(app), [])


def _walk(
    app: typer.Typer, command: Any, path: list[str]
) -> Iterator[tuple[typer.Typer, list[str], Any]]:
    # Typer's click commands (typer vendors click): a group has `commands`.
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            yield from _walk(app, sub, [*path, name])
    else:
        yield app, path, command


COMMANDS = list(_commands())


def _flat(text: str) -> str:
    return " ".join(text.translate(BORDERS).split())


def test_every_command_is_listed() -> None:
    names = {" ".join(path) for _, path, _ in COMMANDS}
    assert {"land", "export", "nightly", "reference postcodes", "generate", "parity"} <= names


@pytest.mark.parametrize(
    ("app", "path", "command"),
    COMMANDS,
    ids=[f"{'cic' if app is cic_app else 'cic-lab'} {' '.join(path)}" for app, path, _ in COMMANDS],
)
def test_help_shows_every_paragraph_and_option_whole(
    app: typer.Typer, path: list[str], command: Any
) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    shown = _flat(result.output)
    paragraphs = (command.help or "").split("\n\n")
    assert paragraphs != [""], f"{path} has no help"
    for paragraph in paragraphs:
        assert "\n" not in paragraph, f"{path}: a paragraph keeps its source line breaks"
        assert _flat(paragraph) in shown
    for param in command.params:
        help_text = getattr(param, "help", None)
        if help_text:
            assert _flat(help_text) in shown, f"{path}: the help of {param.name} is not shown whole"


def test_the_commands_start_without_importing_pandas_dbt_or_great_expectations() -> None:
    """Every `cic` and `cic-lab` command, `--help` included, imports its CLI module first: it
    stays free of the three heavy libraries (about 3 s of each start when it imported pandas
    and dbt). A command that needs one imports it when it runs."""
    heavy = ("pandas", "dbt", "great_expectations")
    code = (
        "import sys\nimport cic.cli, cic_lab.cli\n"
        f"print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "", f"imported at start: {done.stdout.strip()}"
