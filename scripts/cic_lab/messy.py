"""903 files written the way other tools write them: a copy of a set of CSV files in which a
share of the rows each has one value replaced by what a spreadsheet, a database export or a
hand at a keyboard leaves there. `cic-lab parity` on the copy shows where the warehouse and the
reference validator read such values differently (docs/parity.md).

Same seed, same files: the rows and values chosen depend on the seed and the files alone."""

from __future__ import annotations

import csv
import random
import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DMY = re.compile(r"(\d\d)/(\d\d)/(\d{4})")

# A date as other tools write it; each takes (day, month, year) as written in dd/mm/yyyy.
DATE_KINDS: dict[str, Callable[[str, str, str], str]] = {
    "iso": lambda d, m, y: f"{y}-{m}-{d}",
    "no leading zeros": lambda d, m, y: f"{int(d)}/{int(m)}/{y}",
    "two-digit year": lambda d, m, y: f"{d}/{m}/{y[2:]}",
    "with a time": lambda d, m, y: f"{d}/{m}/{y} 00:00",
    "excel serial": lambda d, m, y: str(45000 + (int(d) * 31 + int(m)) % 1000),
    "not a day": lambda d, m, y: f"31/02/{y}",
    "zeros": lambda d, m, y: "00/00/0000",
    "dashes": lambda d, m, y: f"{d}-{m}-{y}",
    "dots": lambda d, m, y: f"{d}.{m}.{y}",
    "spaces around": lambda d, m, y: f" {d}/{m}/{y} ",
}
# An empty cell as other tools write it.
BLANK_KINDS: dict[str, str] = {"NULL": "NULL", "N/A": "N/A", "dash": "-", "a space": " "}
# Any other value as other tools write it.
VALUE_KINDS: dict[str, Callable[[str], str]] = {
    "lower case": str.lower,
    "spaces around": lambda v: f" {v} ",
    "no-break space after": lambda v: v + "\u00a0",
    "byte order mark before": lambda v: "\ufeff" + v,
    ".0 after": lambda v: v + ".0",
    "repeated forty times": lambda v: v * 40,
    "= before": lambda v: "=" + v,
    "quote before": lambda v: '"' + v,
    "an emoji": lambda v: "\U0001f600",
}


def _mangle(value: str, rng: random.Random) -> tuple[str, str]:
    """(the value as another tool writes it, the kind of change)."""
    date = DMY.fullmatch(value)
    if date:
        kind = rng.choice(sorted(DATE_KINDS))
        return DATE_KINDS[kind](*date.groups()), f"date: {kind}"
    if value == "":
        kind = rng.choice(sorted(BLANK_KINDS))
        return BLANK_KINDS[kind], f"blank: {kind}"
    kind = rng.choice(sorted(VALUE_KINDS))
    return VALUE_KINDS[kind](value), f"value: {kind}"


def messy_copy(data: Path, out: Path, seed: int, share: float) -> Counter[str]:
    """Copy the folder `data` to `out` (which must not exist), then, in every 903 CSV file of the
    copy (those under its ssda903/ folder if it is a generated set; the provider lists and CMS
    extracts beside them stay as they were), replace one value in `share` of the data rows.
    Returns how many values of each kind were replaced."""
    if not 0 <= share <= 1:
        raise ValueError(f"--share must be between 0 and 1, not {share}")
    if not data.is_dir():
        raise ValueError(f"no such folder: {data}")
    if out.exists():
        raise ValueError(f"{out} exists: give a folder that does not")
    shutil.copytree(data, out)
    rng = random.Random(seed)
    kinds: Counter[str] = Counter()
    returns = out / "ssda903" if (out / "ssda903").is_dir() else out
    for path in sorted(returns.rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for row in rows[1:]:
            if row and rng.random() < share:
                at = rng.randrange(len(row))
                row[at], kind = _mangle(row[at], rng)
                kinds[kind] += 1
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
    return kinds
