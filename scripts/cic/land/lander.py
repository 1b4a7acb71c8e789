"""Land files: decode, parse, audit, and write each file in one transaction or reject it."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from cic.cms import source_tables
from cic.land.csv_file import ParsedFile, parse_csv, rejected_with_rows
from cic.land.decode import decode
from cic.land.errors import RejectedFile, RejectedRecord
from cic.land.xml_file import parse_xml
from cic.paths import quarantine_dir
from cic.ssda903 import TABLES_BY_NAME, raw_columns

SSDA903 = "ssda903"
LANDABLE_SUFFIXES = {".csv", ".xml"}


@dataclass(frozen=True)
class Outcome:
    """What happened to one file. status: landed, unchanged or rejected."""

    path: Path
    status: str
    tables: tuple[str, ...]
    rows_read: int
    rows_landed: int
    rows_rejected: int
    message: str
    load_id: int | None = None
    row: int | None = None


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the CSV and XML files under any folder given, in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in LANDABLE_SUFFIXES)
            )
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return files


def _is_xml(path: Path, data: bytes) -> bool:
    if path.suffix.lower() == ".xml":
        return True
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def _next_load_id(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("select coalesce(max(load_id), 0) + 1 from raw._loads").fetchone()
    return int(row[0]) if row else 1


def _unchanged_load(
    con: duckdb.DuckDBPyConnection, sha256: str, la: str, year: str | None, source: str
) -> int | None:
    """A landed load of these same bytes that no later load has superseded, if any."""
    row = con.execute(
        """
        select l.load_id
        from raw._loads as l
        where l.sha256 = ? and l.la_code = ? and l.collection_year is not distinct from ?
          and l.source_system = ? and l.status = 'landed'
          and not exists (
              select 1
              from raw._load_tables as mine
              inner join raw._load_tables as theirs on mine.table_name = theirs.table_name
              inner join raw._loads as later on theirs.load_id = later.load_id
              where mine.load_id = l.load_id and later.load_id > l.load_id
                and later.la_code = l.la_code
                and later.collection_year is not distinct from l.collection_year
                and later.source_system = l.source_system and later.status = 'landed'
          )
        order by l.load_id desc
        limit 1
        """,
        [sha256, la, year, source],
    ).fetchone()
    return int(row[0]) if row else None


def _superseded(
    con: duckdb.DuckDBPyConnection,
    tables: Iterable[str],
    la: str,
    year: str | None,
    source: str,
) -> str:
    names = list(tables)
    if not names:
        return ""
    rows = con.execute(
        f"""
        select distinct l.load_id
        from raw._loads as l
        inner join raw._load_tables as t on l.load_id = t.load_id
        where l.la_code = ? and l.collection_year is not distinct from ? and l.source_system = ?
          and l.status = 'landed' and t.table_name in ({", ".join("?" for _ in names)})
        order by 1
        """,
        [la, year, source, *names],
    ).fetchall()
    if not rows:
        return ""
    return "; supersedes load " + ", ".join(str(r[0]) for r in rows)


class Lander:
    """Lands files for one LA into an open warehouse connection: 903 files of one collection
    year (source ssda903), or the CSV files of one CMS extract (source lcs, mosaic or eclipse,
    whose extract spans years: year None)."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        la: str,
        year: str | None,
        encoding: str | None = None,
        source: str = SSDA903,
    ) -> None:
        self.con = con
        self.la = la
        self.source = source
        self.tables = () if source == SSDA903 else source_tables(source)
        if (year is None) != (source != SSDA903):
            raise ValueError("903 files need a collection year; a CMS extract takes none")
        self.year = year
        self.encoding = encoding

    def land(self, path: Path) -> Outcome:
        data = path.read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        same = _unchanged_load(self.con, sha256, self.la, self.year, self.source)
        if same is not None:
            return Outcome(
                path,
                "unchanged",
                (),
                0,
                0,
                0,
                f"identical to load {same}, already landed: nothing changed",
                same,
            )
        load_id = _next_load_id(self.con)
        file_format = "xml" if _is_xml(path, data) else "csv"
        encoding = None
        try:
            if not data.strip():
                raise RejectedFile("empty file: no header row")
            if file_format == "xml" and self.source != SSDA903:
                raise RejectedFile(f"{self.source} extracts are CSV files; this is XML")
            if file_format == "xml":
                parsed = parse_xml(data)
            else:
                try:
                    text, encoding = decode(data, self.encoding)
                except RejectedFile as undecodable:
                    raise rejected_with_rows(undecodable, data) from undecodable
                parsed = (
                    parse_csv(text)
                    if self.source == SSDA903
                    else parse_csv(text, self.tables, self.source)
                )
        except RejectedFile as rejected:
            return self._reject(path, data, sha256, load_id, file_format, encoding, rejected)
        return self._write(path, data, sha256, load_id, file_format, encoding, parsed)

    def _audit(
        self,
        path: Path,
        data: bytes,
        sha256: str,
        load_id: int,
        file_format: str,
        encoding: str | None,
        counts: tuple[int, int, int],
        status: str,
        message: str,
        now: datetime,
    ) -> None:
        self.con.execute(
            "insert into raw._loads values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                load_id,
                self.source,
                self.la,
                self.year,
                path.name,
                str(path.resolve()),
                file_format,
                encoding,
                sha256,
                len(data),
                *counts,
                status,
                message,
                now,
            ],
        )

    def _write(
        self,
        path: Path,
        data: bytes,
        sha256: str,
        load_id: int,
        file_format: str,
        encoding: str | None,
        parsed: ParsedFile,
    ) -> Outcome:
        now = datetime.now()
        tables = tuple(parsed.tables)
        read = parsed.rows_read
        message = ("header only: no data rows" if read == 0 else f"{read} rows") + _superseded(
            self.con, tables, self.la, self.year, self.source
        )
        self.con.begin()
        try:
            for name, rows in parsed.tables.items():
                columns = self._raw_columns(name)
                frame = pd.DataFrame(
                    [[record.get(c) for c in columns] for _, record in rows],
                    columns=columns,
                    dtype="object",
                )
                frame["_load_id"] = load_id
                frame["_source_file"] = path.name
                frame["_source_row"] = [number for number, _ in rows]
                frame["_la_code"] = self.la
                frame["_collection_year"] = self.year
                frame["_loaded_at"] = now
                self.con.register("landing_frame", frame)
                self.con.execute(
                    f"insert into raw.{self.source}__{name} by name select * from landing_frame"
                )
                self.con.unregister("landing_frame")
                self.con.execute(
                    "insert into raw._load_tables values (?, ?, ?)", [load_id, name, len(rows)]
                )
            self._audit(
                path,
                data,
                sha256,
                load_id,
                file_format,
                encoding,
                (read, read, 0),
                "landed",
                message,
                now,
            )
            self.con.commit()
        except Exception:
            self.con.rollback()
            raise
        return Outcome(path, "landed", tables, read, read, 0, message, load_id)

    def _raw_columns(self, name: str) -> list[str]:
        if self.source == SSDA903:
            return list(raw_columns(TABLES_BY_NAME[name]))
        table = next(t for t in self.tables if t.name == name)
        return [c.lower() for c in table.columns]

    def _reject(
        self,
        path: Path,
        data: bytes,
        sha256: str,
        load_id: int,
        file_format: str,
        encoding: str | None,
        rejected: RejectedFile,
    ) -> Outcome:
        now = datetime.now()
        records = rejected.records or []
        read = len(records)
        self.con.begin()
        self._audit(
            path,
            data,
            sha256,
            load_id,
            file_format,
            encoding,
            (read, 0, read),
            "rejected",
            rejected.reason,
            now,
        )
        rows: list[RejectedRecord | None] = list(records) or [None]
        for record in rows:
            self.con.execute(
                "insert into raw._rejects values (?, ?, ?, ?, ?, ?)",
                [
                    load_id,
                    path.name,
                    record.row if record else None,
                    (record.reason if record and record.reason else rejected.reason),
                    record.text if record else None,
                    now,
                ],
            )
        self.con.commit()
        target = quarantine_dir()
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The content only: a copy made under the owner-only mask, not the source's mode bits.
        shutil.copyfile(path, target / f"{load_id:06d}_{path.name}")
        return Outcome(path, "rejected", (), read, 0, read, rejected.reason, load_id, rejected.row)
