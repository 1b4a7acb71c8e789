"""`cic-lab messy`: a copy of 903 files with one value replaced in a share of the rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cic_lab.cli import app
from cic_lab.messy import messy_copy

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
ROWS = [f"C{n},M,0{n % 9 + 1}/04/2012,WBRI,UN1,,\n" for n in range(40)]


def generated_set(root: Path) -> Path:
    year = root / "ssda903" / "940" / "2025-26"
    year.mkdir(parents=True)
    (year / "header.csv").write_text(HEADER + "".join(ROWS), encoding="utf-8")
    (root / "providers").mkdir()
    (root / "providers" / "homes.csv").write_text("URN,NAME\nSC1,A home\n", encoding="utf-8")
    return root


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_one_value_changes_in_each_chosen_row_and_only_the_903_files_change(tmp_path):
    data = generated_set(tmp_path / "set")
    kinds = messy_copy(data, tmp_path / "messy", seed=3, share=1.0)
    before = rows(data / "ssda903" / "940" / "2025-26" / "header.csv")
    after = rows(tmp_path / "messy" / "ssda903" / "940" / "2025-26" / "header.csv")
    assert after[0] == before[0] and len(after) == len(before)
    pairs = zip(before, after, strict=True)
    changed = [sum(a != b for a, b in zip(x, y, strict=True)) for x, y in pairs]
    # Every data row has one value replaced, and here each replacement differs from the value (a
    # blank is never written blank; lower case would leave a value of digits alone, but no value
    # of these rows is digits only), so each row differs in exactly one place.
    assert changed[1:] == [1] * len(ROWS)
    assert sum(kinds.values()) == len(ROWS)
    assert any(k.startswith("date: ") for k in kinds) and any(
        k.startswith("blank: ") for k in kinds
    )
    homes = tmp_path / "messy" / "providers" / "homes.csv"
    assert homes.read_bytes() == (data / "providers" / "homes.csv").read_bytes()


def test_same_seed_same_files_and_share_zero_changes_nothing(tmp_path):
    data = generated_set(tmp_path / "set")
    messy_copy(data, tmp_path / "a", seed=5, share=0.3)
    messy_copy(data, tmp_path / "b", seed=5, share=0.3)
    messy_copy(data, tmp_path / "c", seed=6, share=0.3)
    messy_copy(data, tmp_path / "zero", seed=5, share=0.0)
    part = Path("ssda903") / "940" / "2025-26" / "header.csv"
    assert (tmp_path / "a" / part).read_bytes() == (tmp_path / "b" / part).read_bytes()
    assert (tmp_path / "a" / part).read_bytes() != (tmp_path / "c" / part).read_bytes()
    assert rows(tmp_path / "zero" / part) == rows(data / part)


@pytest.mark.parametrize(
    ("out", "share", "says"),
    [("exists", 0.3, "exists: give a folder that does not"), ("new", 1.5, "between 0 and 1")],
)
def test_bad_options_are_a_message_and_exit_status_2(tmp_path, out, share, says):
    data = generated_set(tmp_path / "set")
    (tmp_path / "exists").mkdir()
    result = CliRunner().invoke(
        app,
        ["messy", "--data", str(data), "--out", str(tmp_path / out), "--share", str(share)],
    )
    assert result.exit_code == 2
    assert says in " ".join(result.output.split())
    assert not (tmp_path / "new").exists()
