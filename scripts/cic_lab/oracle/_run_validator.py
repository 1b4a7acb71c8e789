"""Run the reference validator on a folder of 903 CSVs and write its findings as JSON.

This file runs INSIDE the oracle venv (`.venv-oracle/`, pandas<2) as a subprocess of
`cic_lab.oracle.runner`. It may import only `lac_validator`, pandas and the standard library:
never `cic`, which needs the project venv.

Usage:
    python _run_validator.py --this DIR [--prev DIR] --year 2026 --la E10000016 \
        [--ch FILE --scp FILE | --combined FILE] [--rules CODE ...] --out result.json

`--year` is the END year of the collection ("2026" for 2025-26), as the validator wants it.
Output JSON:
    {"validator_version", "ruleset", "collection_year", "local_authority",
     "dones": [...], "skips": [...], "fails": [...],
     "rules": {code: message},
     "tables": {validator table: row count},
     "errors": [[rule_code, validator table, child, natural key, row index], ...],
     "seconds": {"read_and_validate", "collect"}, "peak_rss_kb"}
Nothing is printed to stdout; the validator's own log goes to stderr at WARNING level.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import resource
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

# The validator's natural key per table (the record's locator besides CHILD).
NATURAL_KEYS: dict[str, str] = {
    "Episodes": "DECOM",
    "Reviews": "REVIEW",
    "Missing": "MIS_START",
    "PlacedAdoption": "DATE_PLACED",
    "SWEpisodes": "SW_DECOM",
    "DoLo": "DOLO_START",
}


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--this", required=True, type=Path, help="this year's CSV folder")
    parser.add_argument("--prev", type=Path, help="previous year's CSV folder")
    parser.add_argument("--year", required=True, help="collection END year, e.g. 2026")
    parser.add_argument("--la", required=True, help="the LA's ONS code, e.g. E10000016")
    parser.add_argument("--ch", type=Path, help="Ofsted children's homes list")
    parser.add_argument("--scp", type=Path, help="Ofsted social care providers list")
    parser.add_argument("--combined", type=Path, help="Ofsted combined provider list")
    parser.add_argument(
        "--provider-csv",
        type=Path,
        help="folder of the generator's provider lists as CSV, turned into the xlsx files "
        "the validator reads",
    )
    parser.add_argument("--rules", nargs="*", help="run only these rule codes")
    parser.add_argument("--out", required=True, type=Path, help="where to write the JSON")
    return parser.parse_args(argv)


# The generator writes each Ofsted workbook sheet as <workbook>__<sheet>.csv; the validator
# reads the children's homes list by sheet name and the social care providers list by position.
_WORKBOOKS = {
    "childrens_homes": [("Provider information", "childrens_homes__provider_information.csv")],
    "social_care_providers": [
        ("Current", "social_care_providers__current.csv"),
        ("Closed", "social_care_providers__closed.csv"),
    ],
}


def _xlsx_from_csv(folder: Path, into: Path) -> tuple[str, str]:
    """Build the two provider workbooks from the CSV sheets; return (CH path, SCP path)."""
    import csv

    from openpyxl import Workbook

    paths = []
    for workbook, sheets in _WORKBOOKS.items():
        book = Workbook()
        book.remove(book.active)
        for title, file_name in sheets:
            sheet = book.create_sheet(title)
            with (folder / file_name).open(encoding="utf-8", newline="") as handle:
                for row in csv.reader(handle):
                    sheet.append(row)
        path = into / f"{workbook}.xlsx"
        book.save(path)
        paths.append(str(path))
    return paths[0], paths[1]


def _csvs(folder: Path) -> list[str]:
    """Non-empty CSV files of a folder (the validator matches them by column set)."""
    return sorted(str(p) for p in folder.glob("*.csv") if p.stat().st_size > 0)


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _row_index(label: Any) -> int | None:
    try:
        return int(label)
    except (TypeError, ValueError):
        return None


def _collect(ds_results: dict[str, Any]) -> list[list[Any]]:
    """Every (rule, table, child, natural key, row) flagged in the validator's result tables."""
    errors: list[list[Any]] = []
    for table, frame in ds_results.items():
        if table == "metadata" or not hasattr(frame, "columns"):
            continue
        base = table.removesuffix("_last")
        key = NATURAL_KEYS.get(base)
        for column in frame.columns:
            if not str(column).startswith("ERR_"):
                continue
            code = str(column)[4:]
            flagged = frame.index[frame[column].fillna(False).astype(bool)]
            for label in flagged:
                child = _cell(frame.at[label, "CHILD"]) if "CHILD" in frame.columns else None
                natural = _cell(frame.at[label, key]) if key and key in frame.columns else None
                errors.append([code, table, child, natural, _row_index(label)])
    return errors


def main(argv: list[str]) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    logging.getLogger().setLevel(logging.WARNING)

    from lac_validator.lac_validator import LacValidator
    from lac_validator.rules.ruleset_utils import get_year_ruleset
    from lac_validator.utils import process_uploaded_files

    for name in ("lac_validator", "lac_validator.lac_validator", "lac_validator.ingress"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    started = time.perf_counter()
    registry = get_year_ruleset(args.year)
    uploads: dict[str, list[str]] = {"This year": _csvs(args.this)}
    if args.prev is not None:
        uploads["Prev year"] = _csvs(args.prev)
    # Provider workbooks made from a CSV live until process_uploaded_files has read them.
    with contextlib.ExitStack() as scratch:
        if args.combined is not None:
            uploads["CH lookup"] = [str(args.combined)]
        elif args.ch is not None and args.scp is not None:
            uploads["CH lookup"] = [str(args.ch)]
            uploads["SCP lookup"] = [str(args.scp)]
        elif args.provider_csv is not None:
            folder = scratch.enter_context(
                tempfile.TemporaryDirectory(prefix="cic-oracle-providers-")
            )
            ch, scp = _xlsx_from_csv(args.provider_csv, Path(folder))
            uploads["CH lookup"] = [ch]
            uploads["SCP lookup"] = [scp]
        files = process_uploaded_files(uploads)
    validator = LacValidator(
        metadata={"collectionYear": str(args.year), "localAuthority": args.la},
        files=files,
        registry=registry,
        selected_rules=list(args.rules) if args.rules else None,
    )
    validated = time.perf_counter()
    errors = _collect(validator.ds_results)
    collected = time.perf_counter()

    ruleset = f"lac{int(args.year) - 1}_{args.year[2:4]}"
    result = {
        "validator_version": metadata.version("csc-validator-be-903"),
        "ruleset": ruleset,
        "collection_year": str(args.year),
        "local_authority": args.la,
        "dones": [str(c) for c in validator.dones],
        "skips": [str(c) for c in validator.skips],
        "fails": [str(c) for c in validator.fails],
        "rules": {str(code): str(rule.message) for code, rule in registry.items()},
        "tables": {
            name: len(frame)
            for name, frame in validator.ds_results.items()
            if name != "metadata" and hasattr(frame, "columns")
        },
        "errors": errors,
        "seconds": {
            "read_and_validate": round(validated - started, 3),
            "collect": round(collected - validated, 3),
        },
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
