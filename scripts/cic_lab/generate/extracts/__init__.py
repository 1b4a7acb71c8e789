"""Writers of CMS-shaped extracts (lcs, mosaic, eclipse) from the simulated histories.

Each writer takes one LA's histories (see history.py, the common data model's input contract)
and writes the files a real extract of that family would hold, quirks included, into a folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cic_lab.generate.extracts import eclipse, lcs, mosaic
from cic_lab.generate.history import Row

Writer = Callable[[Path, str, dict[str, list[Row]], int], None]  # folder, la, histories, seed

WRITERS: dict[str, Writer] = {
    "lcs": lcs.write,
    "mosaic": mosaic.write,
    "eclipse": eclipse.write,
}
