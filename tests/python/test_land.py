"""`cic land`: each kind of file a council may send, its message, exit code and row accounting."""

from __future__ import annotations

import codecs
import os
import shutil
from pathlib import Path

import pytest

from cic.paths import PROJECT_ROOT
from cic.ssda903 import TABLES
from conftest import query

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
ROWS = ["101,M,01/02/2012,WBRI,A123456789012,,", "102,F,03/04/2013,BAFR,UN1,0,"]
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def loads(warehouse: Path) -> list[tuple[object, ...]]:
    return query(
        warehouse,
        "select source_file, status, rows_read, rows_landed, rows_rejected, message, encoding "
        "from raw._loads order by load_id",
    )


def assert_rows_accounted_for(warehouse: Path) -> None:
    """rows read = landed + rejected for every file, and raw / _rejects hold exactly those rows."""
    for load_id, read, landed, rejected, status in query(
        warehouse,
        "select load_id, rows_read, rows_landed, rows_rejected, status from raw._loads",
    ):
        assert read == landed + rejected
        in_raw = query(
            warehouse,
            "select coalesce(sum(rows_landed), 0) from raw._load_tables where load_id = ?",
            [load_id],
        )[0][0]
        assert in_raw == landed
        in_rejects = query(
            warehouse,
            "select count(*) from raw._rejects where load_id = ? and source_row is not null",
            [load_id],
        )[0][0]
        assert in_rejects == rejected
        if status == "rejected":
            assert (
                query(warehouse, "select count(*) from raw._rejects where load_id = ?", [load_id])[
                    0
                ][0]
                >= 1
            )


def test_utf8_with_bom_lands_every_row_untouched(tmp_path, warehouse, cic):
    path = write(tmp_path / "anything.txt", "\ufeff" + HEADER + "\r\n" + "\r\n".join(ROWS) + "\r\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert loads(warehouse) == [("anything.txt", "landed", 2, 2, 0, "2 rows", "utf-8-sig")]
    rows = query(warehouse, "select child, dob, _source_row from raw.ssda903__header order by 3")
    assert rows == [("101", "01/02/2012", 1), ("102", "03/04/2013", 2)]
    assert_rows_accounted_for(warehouse)


def test_utf8_with_bom_and_every_field_quoted_lands(tmp_path, warehouse, cic):
    # What a spreadsheet or pandas writes as "CSV UTF-8" with every field quoted: the mark comes
    # before the first quote, so the first column's name must not be read with its quotes.
    quoted = [",".join(f'"{v}"' for v in line.split(",")) for line in [HEADER, *ROWS]]
    path = write(tmp_path / "h.csv", "\ufeff" + "\r\n".join(quoted) + "\r\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[1:5] for r in loads(warehouse)] == [("landed", 2, 2, 0)]
    rows = query(warehouse, "select child, dob, _source_row from raw.ssda903__header order by 3")
    assert rows == [("101", "01/02/2012", 1), ("102", "03/04/2013", 2)]


@pytest.mark.parametrize("header_end", ["\n", "\r\n"], ids=["duckdb-reader", "python-reader"])
def test_rows_of_empty_cells_are_listed_as_rejected_not_landed(
    tmp_path, warehouse, cic, header_end
):
    # A spreadsheet leaves lines of commas (or of spaces) below and between its data. Mixed line
    # ends send the file through Python's reader (DuckDB refuses them): both readers agree.
    lines = [HEADER + header_end + ROWS[0], ",,,,,,", ROWS[1], " , ,,,,, ", ""]
    path = write(tmp_path / "h.csv", "\n".join(lines))
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[1:6] for r in loads(warehouse)] == [
        ("landed", 4, 2, 2, "2 rows; 2 blank row(s) rejected")
    ]
    rows = query(warehouse, "select child, _source_row from raw.ssda903__header order by 2")
    assert [r[1] for r in rows] == [1, 3]
    rejected = query(warehouse, "select source_row, reason from raw._rejects order by 1")
    assert rejected == [
        (2, "blank row: every field is empty"),
        (4, "blank row: every field is empty"),
    ]
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize("header_end", ["\n", "\r\n"], ids=["duckdb-reader", "python-reader"])
def test_the_text_null_lands_as_sent_and_the_message_names_its_columns(
    tmp_path, warehouse, cic, header_end
):
    # What SQL Server's tools write for an empty value. It lands as sent (DfE's tools read it as
    # text, and so do the rules), and the message says where, so the export can be mended. A
    # NULL inside a longer value is a value like any other.
    lines = [
        HEADER + header_end + "101,M,01/02/2012,WBRI,UN1,NULL,null",
        '102,F,03/04/2013,BAFR,UN2,"NULL", NULL ',
        "103,M,05/06/2014,NULLX,UN3,0,",
        "",
    ]
    path = write(tmp_path / "h.csv", "\n".join(lines))
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[1:6] for r in loads(warehouse)] == [
        (
            "landed",
            3,
            3,
            0,
            "3 rows; 4 value(s) are the text NULL (MOTHER, MC_DOB): kept as text, not as "
            "empty cells",
        )
    ]
    rows = query(warehouse, "select mother, mc_dob from raw.ssda903__header order by _source_row")
    assert rows == [("NULL", "null"), ("NULL", " NULL "), ("0", "")]
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize(
    ("character", "name"), [("\u00a0", "a no-break space"), ("\t", "a tab")], ids=["nbsp", "tab"]
)
def test_an_untrimmed_space_lands_as_sent_and_the_message_names_its_columns(
    tmp_path, warehouse, cic, character, name
):
    # A no-break space (pasted from a web page or a spreadsheet) or a tab (copied from a
    # spreadsheet's cells) looks like a space, but staging trims only spaces: the message says
    # where, since a code followed by one is reported as no code.
    lines = [
        HEADER,
        f"101,M{character},01/02/2012,WBRI{character},UN1,,",
        f"102,F,03/04/2013,{character}BAFR,UN2,,",
        "103,M,05/06/2014,WBRI,UN3,,",
        "",
    ]
    path = write(tmp_path / "h.csv", "\n".join(lines))
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[5] for r in loads(warehouse)] == [
        f"3 rows; 3 value(s) hold {name} (SEX, ETHNIC): it is not trimmed, so a code with one "
        "is not that code"
    ]
    rows = query(warehouse, "select sex, ethnic from raw.ssda903__header order by _source_row")
    assert rows == [
        (f"M{character}", f"WBRI{character}"),
        ("F", f"{character}BAFR"),
        ("M", "WBRI"),
    ]
    assert_rows_accounted_for(warehouse)


DATES_IN_OTHER_FORMS = {
    # form: DOB and MC_DOB of three children, as a tool that wrote its own date format writes them
    "year first, yyyy-mm-dd": ("2012-02-01", "2013-4-3", "2014-06-05"),
    "year first with a time, yyyy-mm-dd hh:mm": ("2012-02-01 00:00", "2013-04-03T00:00:00", ""),
    "dd/mm/yyyy with a time after it": ("01/02/2012 00:00:00", "3/4/2013 00:00", "05/06/2014"),
    "dd-mm-yyyy or dd.mm.yyyy": ("01-02-2012", "03.04.2013", "05-06-14"),
    "dd/mm/yy, a two-digit year": ("01/02/12", "03/04/13", "NULL"),
    "with the month as a word": ("01-Feb-2012", "3 April 2013", "05 Jun 14"),
    "eight digits with no separator": ("20120201", "03042013", "05/06/2014"),
    "a spreadsheet's day number (the cell lost its date format)": ("40940", "41367.0", ""),
    "in some other form": ("Feb 1 2012", "unknown", "?"),
}


@pytest.mark.parametrize("form", list(DATES_IN_OTHER_FORMS))
@pytest.mark.parametrize("header_end", ["\n", "\r\n"], ids=["duckdb-reader", "python-reader"])
def test_a_date_column_written_in_another_form_is_noted(tmp_path, warehouse, cic, form, header_end):
    # A spreadsheet or database export that wrote its own date format: the values land as
    # sent, and the message names the column, how many of its dates are not dd/mm/yyyy and the
    # form most take, quoting none. The text NULL and blanks are not dates given.
    dobs = DATES_IN_OTHER_FORMS[form]
    lines = [HEADER] + [f"10{n},M,{dob},WBRI,UN{n},0,{dob}" for n, dob in enumerate(dobs, start=1)]
    path = write(tmp_path / "h.csv", header_end.join(lines) + header_end)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    given = sum(1 for dob in dobs if dob not in ("", "NULL"))
    other = sum(1 for dob in dobs if dob not in ("", "NULL", "05/06/2014"))
    message = str(loads(warehouse)[0][5])
    assert f"; dates not written dd/mm/yyyy: DOB {other} of {given} (most: {form}), MC_DOB" in (
        message
    ), message
    assert message.endswith(
        "they land as sent, but the rules and DfE's tools read each as no date; write these "
        "columns as dd/mm/yyyy"
    )
    landed = query(warehouse, "select dob from raw.ssda903__header order by _source_row")
    assert [r[0] for r in landed] == list(dobs)
    for dob in dobs:
        assert dob in ("", "NULL") or dob not in out + message
    assert_rows_accounted_for(warehouse)


def test_a_date_note_is_written_once_when_the_file_is_landed_again(tmp_path, warehouse, cic):
    # Landed again unchanged, the file keeps its load and its note: the note is not added twice.
    path = write(tmp_path / "h.csv", HEADER + "\n101,M,2012-02-01,WBRI,UN1,,\n")
    for _ in range(2):
        code, out = cic("land", path, "--la", "886", "--year", "2024-25")
        assert code == 0, out
    assert "identical to load 1" in out
    assert [r[5] for r in loads(warehouse)] == [
        "1 row; dates not written dd/mm/yyyy: DOB 1 of 1 (most: year first, yyyy-mm-dd): they "
        "land as sent, but the rules and DfE's tools read each as no date; write these columns "
        "as dd/mm/yyyy"
    ]


def test_a_few_dates_in_another_form_are_left_to_the_rules(tmp_path, warehouse, cic):
    # One date in three is a data error the rules report row by row, not a column written in
    # another format; DATE_PERM may write ZZ for an unknown day or month.
    lines = [
        HEADER,
        "101,M,2012-02-01,WBRI,UN1,,",
        "102,F,03/04/2013,WBRI,UN2,,",
        "103,M,5/6/2014,WBRI,UN3,,",
    ]
    header = write(tmp_path / "header.csv", "\n".join(lines) + "\n")
    prev_perm = write(
        tmp_path / "prev_perm.csv",
        "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n101,01/02/2012,P1,886,ZZ/ZZ/2019\n"
        "102,03/04/2013,P1,886,zz/05/2019\n",
    )
    code, out = cic("land", header, prev_perm, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[5] for r in loads(warehouse)] == ["3 rows", "2 rows"]


@pytest.mark.parametrize(
    ("paths", "year"),
    [
        (["2025-26/header.csv"], "2025-26"),
        (["header_2024-25.csv", "x/2024-25/episodes.csv"], "2024-25"),
        (["2024-25/header.csv", "2025-26/episodes.csv"], "more than one (2024-25, 2025-26)"),
        (["2025-26/header.csv", "episodes.csv"], "some paths name none"),
        (["header.csv"], "no path names one"),
        (["2025-27/header.csv", "header_12025-26.csv"], "no path names one"),
    ],
)
def test_without_year_the_year_every_path_names_is_taken(tmp_path, warehouse, cic, paths, year):
    # 903 files given no --year land for the one collection year all their paths name; paths
    # that name two years, or none, are a usage error saying so.
    for name in paths:
        text = HEADER + "\n" + ROWS[0] + "\n" if "header" in name else EPISODES + "\n"
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        write(tmp_path / "in" / name, text)
    code, out = cic("land", tmp_path / "in", "--la", "886")
    if year[0].isdigit():
        assert code == 0, out
        assert f"--year {year}: the collection year every file's path names" in out
        assert {r[0] for r in query(warehouse, "select collection_year from raw._loads")} == {year}
    else:
        assert code == 2, out
        assert "903 files need --year (e.g. 2025-26): " in " ".join(out.split())
        assert year in " ".join(out.split()).replace("│", "").replace("  ", " ")
        assert not warehouse.exists()


def test_an_xml_return_with_no_child_says_it_empties_every_table(tmp_path, warehouse, cic):
    sample = PROJECT_ROOT / "tests" / "fixtures" / "sample" / "886" / "2025-26"
    header = write(tmp_path / "header.csv", (sample / "header.csv").read_text())
    empty = write(tmp_path / "return.xml", '<?xml version="1.0"?>\n<EXPSSDA903>\n</EXPSSDA903>\n')
    for path in (header, empty):
        code, out = cic("land", path, "--la", "886", "--year", "2025-26")
        assert code == 0, out
    assert loads(warehouse)[1][1:6] == (
        "landed",
        0,
        0,
        0,
        "an empty return: no <CHILD> record, so every table of the return lands with no rows; "
        "supersedes load 1",
    )


XML_NOTED = {
    # A tool that laid the document out put values on their own lines: they land as sent (DfE's
    # schema keeps a value's white space), and the message counts them and names their items.
    "laid-out-values": (
        "<CHILDID>\n  C71\n</CHILDID><SEX>\tM</SEX><DOB>01/02/2012</DOB></HEADER>"
        "<EPISODE><DECOM>01/05/2024</DECOM><DEC>\n</DEC></EPISODE>",
        "2 rows; 3 value(s) hold a line break (CHILD, DEC): they land as sent, but staging "
        "trims only spaces, so such a code is not that code; write each value on the line of its "
        "element; 1 value(s) hold a tab (SEX): it is not trimmed, so a code with one is not that "
        "code",
        ("C71",),
    ),
    # The notes on values a CSV file gets are an XML return's too, counted over its tables.
    "value-notes": (
        "<CHILDID>101</CHILDID><SEX>1.0</SEX><DOB>01/02/2012</DOB><MOTHER>NULL</MOTHER></HEADER>"
        "<EPISODE><DECOM>01/05/2024</DECOM><RNE>null</RNE><PL>U1.0</PL></EPISODE>",
        "2 rows; 2 value(s) are the text NULL (MOTHER, RNE): kept as text, not as empty cells; "
        "1 value(s) are a number with .0 after it (SEX), as a spreadsheet writes one: they land "
        "as sent, but 1.0 is not the code 1; write the values without it",
        (),
    ),
    # Dates in another form: the note names the columns, not the values; DEC is a date.
    "year-first-dates": (
        "<CHILDID>101</CHILDID><SEX>M</SEX><DOB>2012-02-01</DOB></HEADER><EPISODE>"
        "<DECOM>2024-05-01</DECOM><RNE>S</RNE><DEC>01/06/2024</DEC></EPISODE>",
        "2 rows; dates not written dd/mm/yyyy: DOB 1 of 1 (most: year first, yyyy-mm-dd), DECOM "
        "1 of 1 (most: year first, yyyy-mm-dd): they land as sent, but the rules and DfE's tools "
        "read each as no date; write these columns as dd/mm/yyyy",
        ("2012-02-01", "2024-05-01"),
    ),
}


@pytest.mark.parametrize(("items", "message", "values"), XML_NOTED.values(), ids=XML_NOTED.keys())
def test_xml_values_that_read_otherwise_than_they_look_are_noted(
    tmp_path, warehouse, cic, items, message, values
):
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n<CHILD>\n<HEADER>\n'
        f"{items}\n</CHILD>\n</EXPSSDA903>\n"
    )
    path = write(tmp_path / "return.xml", xml)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert str(loads(warehouse)[0][5]) == message
    assert not any(value in out for value in values)
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize("header_end", ["\n", "\r\n"], ids=["duckdb-reader", "python-reader"])
def test_a_value_written_as_a_spreadsheet_formula_is_noted(tmp_path, warehouse, cic, header_end):
    # ="0101" is how a spreadsheet keeps an id's leading zeros: it lands as sent (quoted or not),
    # and the message counts such values and names their columns. An = inside a value is not one.
    lines = [
        HEADER,
        '="0101",M,01/02/2012,WBRI,UN1,,',
        '"=""0102""",F,03/04/2013,="BAFR",UN2,,',
        "103,M,05/06/2014,WBRI,A=B,,",
    ]
    path = write(tmp_path / "h.csv", header_end.join(lines) + header_end)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[5] for r in loads(warehouse)] == [
        '3 rows; 3 value(s) are written as a spreadsheet formula, ="..." (CHILD, ETHNIC): they '
        "land as sent, and the rules and DfE read the formula's text, not its value; write the "
        "values alone"
    ]
    rows = query(warehouse, "select child, ethnic from raw.ssda903__header order by _source_row")
    assert rows == [('="0101"', "WBRI"), ('="0102"', '="BAFR"'), ("103", "WBRI")]
    assert "0101" not in out and "0102" not in out
    assert_rows_accounted_for(warehouse)


def test_a_number_a_spreadsheet_wrote_with_point_zero_is_noted(tmp_path, warehouse, cic):
    # 1.0 for the code 1: it lands as sent, and the message counts such values by column; a
    # date with dots (01.02.2012) or a code with a point elsewhere (1.05) is not one.
    lines = [
        "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
        "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
        "101,01/02/2012,12.0,,0.0,1.00,1,1,1,0,,",
        "102,01.02.2012,1.05,,0,1,1,1,1,0,,",
    ]
    path = write(tmp_path / "oc2.csv", "\n".join(lines) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    message = str(loads(warehouse)[0][5])
    assert (
        "; 3 value(s) are a number with .0 after it (SDQ_SCORE, CONVICTED, HEALTH_CHECK), as a "
        "spreadsheet writes one: they land as sent, but 1.0 is not the code 1; write the values "
        "without it"
    ) in message, message
    assert query(warehouse, "select sdq_score from raw.ssda903__oc2 order by 1") == [
        ("1.05",),
        ("12.0",),
    ]


def test_no_null_note_without_a_null_field(tmp_path, warehouse, cic):
    path = write(tmp_path / "h.csv", HEADER + "\n101,M,01/02/2012,NULLA,UN1,,\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[5] for r in loads(warehouse)] == ["1 row"]


def test_a_line_of_spaces_without_commas_is_a_blank_row_not_a_short_one(tmp_path, warehouse, cic):
    # A line of spaces or tabs alone (or a lone pair of quotes) holds one field where the header
    # has seven: it is no record, as a line of commas is not, and must not reject the file as
    # ragged. Tabs count as spaces, in a line of commas too, and on a last line with no line end.
    lines = [HEADER, ROWS[0], "   ", '""', ",\t,,,,,", ROWS[1], " \t "]
    path = write(tmp_path / "h.csv", "\n".join(lines))
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[1:6] for r in loads(warehouse)] == [
        ("landed", 6, 2, 4, "2 rows; 4 blank row(s) rejected")
    ]
    rejected = query(warehouse, "select source_row, reason from raw._rejects order by 1")
    assert rejected == [(n, "blank row: every field is empty") for n in (2, 3, 4, 6)]
    assert_rows_accounted_for(warehouse)


def test_blank_rows_first_and_last_without_a_line_end_are_found(tmp_path, warehouse, cic):
    # The byte scan that decides whether to look for rows with no record sees a line right
    # after the header, and a last line with no line end.
    path = write(tmp_path / "h.csv", "\n".join([HEADER, ",,,,,,", ROWS[0], ' , ,"",,,,']))
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert query(warehouse, "select source_row from raw._rejects order by 1") == [(1,), (3,)]
    assert_rows_accounted_for(warehouse)


def test_a_header_row_repeated_inside_the_file_is_listed_as_rejected(tmp_path, warehouse, cic):
    # Two exports joined into one file: the second one's header row is not a record.
    again = ",".join(f" {name.lower()} " for name in HEADER.split(","))
    path = write(tmp_path / "h.csv", "\n".join([HEADER, ROWS[0], again, ROWS[1], ""]))
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[1:6] for r in loads(warehouse)] == [
        ("landed", 3, 2, 1, "2 rows; 1 repeated header row(s) rejected")
    ]
    assert query(warehouse, "select source_row, reason from raw._rejects") == [
        (2, "the header row again: a row of the column names, not a record")
    ]
    assert query(warehouse, "select count(*) from raw.ssda903__header") == [(2,)]
    assert_rows_accounted_for(warehouse)


def test_header_is_matched_ignoring_case_spaces_and_order(tmp_path, warehouse, cic):
    header = " dob , child,SEX,ethnic,UPN,MOTHER, mc_dob "
    path = write(tmp_path / "h.csv", header + "\n01/02/2012,101,M,WBRI,UN1,,\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert query(warehouse, "select child, dob from raw.ssda903__header") == [("101", "01/02/2012")]


def test_utf16_with_bom_lands(tmp_path, warehouse, cic):
    path = write(tmp_path / "h.csv", HEADER + "\r\n" + "\r\n".join(ROWS) + "\r\n", "utf-16")
    assert path.read_bytes().startswith(codecs.BOM_UTF16_LE)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert [r[1:5] for r in loads(warehouse)] == [("landed", 2, 2, 0)]
    assert loads(warehouse)[0][6] == "utf-16"


def test_windows_1252_is_detected_and_transcoded(tmp_path, warehouse, cic):
    path = write(tmp_path / "h.csv", HEADER + "\nZoë1,F,03/04/2013,WBRI,UN1,0,\n", "cp1252")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert query(warehouse, "select child from raw.ssda903__header") == [("Zoë1",)]
    assert loads(warehouse)[0][6] == "cp1252"


def test_encoding_option_overrides_detection(tmp_path, warehouse, cic):
    path = write(tmp_path / "h.csv", HEADER + "\n101,M,01/02/2012,WBRI,UN1,,\n", "utf-16-le")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert "NUL bytes" in out and "--encoding" in out
    code, out = cic("land", path, "--la", "886", "--year", "2024-25", "--encoding", "utf-16-le")
    assert code == 0, out
    assert query(warehouse, "select child from raw.ssda903__header") == [("101",)]
    assert_rows_accounted_for(warehouse)


def test_undecodable_bytes_are_rejected_with_their_row(tmp_path, warehouse, cic):
    data = (HEADER + "\n" + ROWS[0] + "\n").encode() + b"10\x81,F,03/04/2013,WBRI,UN1,0,\n"
    path = tmp_path / "h.csv"
    path.write_bytes(data)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert "h.csv, row 2: undecodable" in out
    assert loads(warehouse)[0][1] == "rejected"
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER", "nearest is Header (missing MC_DOB)"),
        (HEADER + ",NOTES", "nearest is Header (unexpected column(s) at position 8)"),
        ("NAME,AGE", "its 2 columns match no 903 table (is the header row missing?)"),
        ("CHILD,CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", "names a column twice (columns 1, 2)"),
    ],
)
def test_unknown_header_is_rejected_and_quarantined(tmp_path, warehouse, cic, header, expected):
    width = len(header.split(","))
    path = write(tmp_path / "odd.csv", header + "\n" + ",".join(["x"] * width) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert expected in " ".join(out.split())
    assert [r[1:5] for r in loads(warehouse)] == [("rejected", 1, 0, 1)]
    quarantined = list((warehouse.parent / "quarantine").iterdir())
    assert [p.read_bytes() for p in quarantined] == [path.read_bytes()]
    assert_rows_accounted_for(warehouse)


def test_a_file_without_its_header_row_is_rejected_without_printing_its_first_row(
    tmp_path, warehouse, cic
):
    """The first row of a headerless file is a child's data: no message may repeat it."""
    path = write(tmp_path / "header.csv", "C9X7Q,1,14/02/2011,WBRI,A123456789012,0,\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert "is the header row missing?" in " ".join(out.split())
    reasons = query(warehouse, "select reason from raw._rejects")
    audit = " ".join(str(v) for row in [*loads(warehouse), *reasons] for v in row)
    for value in ("C9X7Q", "14/02/2011", "WBRI", "A123456789012"):
        assert value not in out
        assert value not in audit


def test_empty_file_is_rejected(tmp_path, warehouse, cic):
    path = write(tmp_path / "empty.csv", "")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert "empty.csv: empty file" in out
    assert [r[1:5] for r in loads(warehouse)] == [("rejected", 0, 0, 0)]
    assert_rows_accounted_for(warehouse)


def test_header_only_file_lands_with_no_rows(tmp_path, warehouse, cic):
    path = write(
        tmp_path / "ad1.csv",
        "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n",
    )
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert loads(warehouse)[0][1:6] == ("landed", 0, 0, 0, "header only: no data rows")
    assert query(warehouse, "select table_name, rows_landed from raw._load_tables") == [("ad1", 0)]


def test_ragged_rows_reject_the_file_and_every_row_is_recorded(tmp_path, warehouse, cic):
    rows = [ROWS[0], "103,M,01/01/2010", ROWS[1], "104,F,01/01/2010,WBRI,UN1,0,,extra"]
    path = write(tmp_path / "h.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert "row 2 has 3 fields" in out and "row 4 has 8 fields" in out
    assert [r[1:5] for r in loads(warehouse)] == [("rejected", 4, 0, 4)]
    reasons = query(warehouse, "select source_row, reason from raw._rejects order by source_row")
    assert [r[0] for r in reasons] == [1, 2, 3, 4]
    assert reasons[1][1] == "row has 3 fields, the header 7"
    assert reasons[0][1].startswith("ragged rows")
    assert query(warehouse, "select count(*) from raw.ssda903__header") == [(0,)]
    assert_rows_accounted_for(warehouse)


def test_identical_file_twice_changes_nothing(tmp_path, warehouse, cic):
    path = write(tmp_path / "h.csv", HEADER + "\n" + "\n".join(ROWS) + "\n")
    assert cic("land", path, "--la", "886", "--year", "2024-25")[0] == 0
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0
    assert "unchanged" in out and "identical to load 1" in out
    assert len(loads(warehouse)) == 1
    assert query(warehouse, "select count(*) from raw.ssda903__header") == [(2,)]
    # The same bytes for another LA are another return, and land.
    assert cic("land", path, "--la", "316", "--year", "2024-25")[0] == 0
    assert len(loads(warehouse)) == 2


def test_changed_file_lands_again_and_supersedes(tmp_path, warehouse, cic):
    path = write(tmp_path / "h.csv", HEADER + "\n" + "\n".join(ROWS) + "\n")
    assert cic("land", path, "--la", "886", "--year", "2024-25")[0] == 0
    write(path, HEADER + "\n" + ROWS[0] + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert loads(warehouse)[1][1:6] == ("landed", 1, 1, 0, "1 row; supersedes load 1")
    # raw keeps both files' rows
    assert query(
        warehouse, "select _load_id, count(*) from raw.ssda903__header group by 1 order by 1"
    ) == [(1, 2), (2, 1)]
    # the first file again is no longer current, so it lands again rather than being skipped
    write(path, HEADER + "\n" + "\n".join(ROWS) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0 and "supersedes load 1, 2" in " ".join(out.split())
    assert_rows_accounted_for(warehouse)


def test_a_year_without_one_of_its_files_names_the_table(tmp_path, warehouse, cic):
    """A folder of 903 files without one of the year's tables lands, and the landing names the
    table: its rows stay as last landed, or there are none."""
    folder = tmp_path / "2025-26"
    shutil.copytree(PROJECT_ROOT / "tests" / "fixtures" / "sample" / "886" / "2025-26", folder)
    (folder / "missing.csv").unlink()
    tables = sum(t.exists_in("2025-26") for t in TABLES)
    code, out = cic("land", folder, "--la", "886", "--year", "2025-26")
    assert code == 0, out
    expected = f"incomplete: no landed file for 1 of the {tables} tables of the 2025-26 return"
    assert f"{expected} (missing)" in " ".join(out.split()), out
    assert_rows_accounted_for(warehouse)


def test_a_table_in_two_files_of_one_landing_names_them_and_the_one_that_counts(
    tmp_path, warehouse, cic
):
    """A copy beside the real file (`episodes (1).csv`, cut short) lands too, and the later
    load supersedes the other: which rows count depends on the names' order. The landing says
    so; an identical copy is one load, and says nothing."""
    folder = tmp_path / "2025-26"
    shutil.copytree(PROJECT_ROOT / "tests" / "fixtures" / "sample" / "886" / "2025-26", folder)
    lines = (folder / "episodes.csv").read_bytes().splitlines(keepends=True)
    (folder / "episodes (1).csv").write_bytes(b"".join(lines))
    code, out = cic("land", folder, "--la", "886", "--year", "2025-26")
    assert code == 0 and "repeated:" not in out, out
    (folder / "episodes (1).csv").write_bytes(b"".join(lines[:4]))
    code, out = cic("land", folder, "--la", "886", "--year", "2025-26")
    assert code == 0, out
    assert (
        "repeated: table episodes is in 2 files (episodes (1).csv, episodes.csv): only the rows "
        "of episodes.csv count" in " ".join(out.split())
    ), out
    assert_rows_accounted_for(warehouse)


def test_a_rejected_file_does_not_stop_the_others(tmp_path, warehouse, cic):
    folder = tmp_path / "return"
    folder.mkdir()
    write(folder / "a_header.csv", HEADER + "\n" + "\n".join(ROWS) + "\n")
    write(folder / "b_bad.csv", "NAME,AGE\nx,1\n")
    write(folder / "c_episodes.csv", EPISODES + "\n101,01/04/2024,S,C2,N1,U1,PR1,,,,,,\n")
    write(folder / "notes.md", "not a return file")
    code, out = cic("land", folder, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert [(r[0], r[1]) for r in loads(warehouse)] == [
        ("a_header.csv", "landed"),
        ("b_bad.csv", "rejected"),
        ("c_episodes.csv", "landed"),
    ]
    assert "1 file(s) rejected" in " ".join(out.split())
    assert_rows_accounted_for(warehouse)


def test_xml_lands_into_the_nested_tables(tmp_path, warehouse, cic):
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER>
      <CHILDID>101</CHILDID><UPN>UN1</UPN><SEX>M</SEX><DOB>01/02/2012</DOB>
      <ETHNIC>WBRI</ETHNIC><UASC>1</UASC><DUC>01/02/2030</DUC>
      <AREVIEW><REVIEW>01/05/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
      <AREVIEW><REVIEW>01/11/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
      <MOTHER />
    </HEADER>
    <EPISODE>
      <DECOM>01/04/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL>
      <DEC /><REC />
    </EPISODE>
  </CHILD>
</EXPSSDA903>
"""
    path = write(tmp_path / "return.xml", xml)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert "incomplete" not in out  # one XML file holds every table of the return
    assert loads(warehouse)[0][1:5] == ("landed", 5, 5, 0)
    assert query(warehouse, "select child, uasc, _source_row from raw.ssda903__header") == [
        ("101", "1", 1)
    ]
    assert query(warehouse, "select child, place, dec from raw.ssda903__episodes") == [
        ("101", "U1", "")
    ]
    assert query(warehouse, "select child, dob, duc from raw.ssda903__uasc") == [
        ("101", "01/02/2012", "01/02/2030")
    ]
    assert query(warehouse, "select count(*) from raw.ssda903__reviews") == [(2,)]
    tables = query(warehouse, "select count(*) from raw._load_tables")[0][0]
    assert tables == 12  # an XML load delivers (and so supersedes) every table
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize(
    ("year", "noted"), [("2024-25", False), ("2025-26", True), ("2023-24", True)]
)
def test_an_episodes_file_of_another_year_is_noted(tmp_path, warehouse, cic, year, noted):
    """Thirty episodes that start or end in 2024-25 (one mistyped into 2025-26): landed as
    2024-25 they say nothing; as 2025-26 (last year's file sent again) or 2023-24, they land
    with a note, which quotes no date."""
    rows = [
        f"C{n},{n % 28 + 1:02d}/0{n % 9 + 1}/2024,P,C2,N1,U1,PR1,,,,,,"
        if n % 9 + 1 >= 4
        else f"C{n},01/02/2023,P,C2,N1,U1,PR1,{n % 28 + 1:02d}/0{n % 3 + 1}/2025,E11,,,,"
        for n in range(30)
    ]
    rows[0] = "C0,01/02/2023,P,C2,N1,U1,PR1,01/06/2025,E11,,,,"  # a DEC mistyped a year on
    path = write(tmp_path / "episodes.csv", EPISODES + "\n" + "\n".join(rows) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", year)
    assert code == 0, out
    message = str(loads(warehouse)[0][5])
    if noted:
        assert "of its 30 dated episode(s) start or end during" in message, message
        assert "is it another year's file, or is --year wrong?" in message
    else:
        assert message == "30 rows"
    assert "2024" not in message.replace(year, "") and "2025" not in message.replace(year, "")


@pytest.mark.parametrize(
    ("child", "noted", "not_noted"),
    [
        # Its one episode is six years before 2024-25: another year's return, or the wrong year.
        (
            "<EPISODE><DECOM>01/06/2020</DECOM><DEC>01/07/2020</DEC></EPISODE>",
            "only 0 of its 1 dated episode(s) start or end during 2024-25",
            "DoLO",
        ),
        # A DoLO, which a 2024-25 return does not have; its episode is in the year.
        (
            "<EPISODE><DECOM>01/06/2024</DECOM></EPISODE>"
            "<DOLO><DOLO_START>01/07/2024</DOLO_START></DOLO>",
            "; DoLO is not part of a 2024-25 return (DfE asks for it from 2026-27): its 1 row(s)",
            "episode",
        ),
    ],
)
def test_an_xml_return_that_does_not_fit_its_year_is_noted(
    tmp_path, warehouse, cic, child, noted, not_noted
):
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><EXPSSDA903><CHILD><HEADER><CHILDID>101</CHILDID>'
        f"<SEX>1</SEX><DOB>01/02/2012</DOB></HEADER>{child}</CHILD></EXPSSDA903>"
    )
    path = write(tmp_path / "return.xml", xml)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    message = str(loads(warehouse)[0][5])
    assert noted in message, message
    assert not_noted not in message
    assert "2020" not in message and "/2024" not in message


@pytest.mark.parametrize(("year", "noted"), [("2026-27", False), ("2025-26", True)])
def test_a_dolo_file_for_a_year_before_dolo_is_noted(tmp_path, warehouse, cic, year, noted):
    """DoLO entered the return in 2026-27: a DoLO file landed for an earlier year lands, with a
    note that no rule or export of that year will read it; for 2026-27 it says nothing."""
    path = write(
        tmp_path / "dolo.csv", "CHILD,DOB,DOLO_START,DOLO_END\nC71,01/02/2012,01/05/2026,\n"
    )
    code, out = cic("land", path, "--la", "886", "--year", year)
    assert code == 0, out
    status, read, landed, rejected, message = loads(warehouse)[0][1:6]
    assert (status, read, landed, rejected) == ("landed", 1, 1, 0)
    if noted:
        assert message == (
            f"1 row; DoLO is not part of a {year} return (DfE asks for it from 2026-27): its 1 "
            f"row(s) land, but no rule of {year} reports on them and no export of {year} holds "
            "them: is --year right?"
        )
    else:
        assert message == "1 row"
    assert "C71" not in out and "01/05/2026" not in out


def test_the_same_file_landed_for_another_council_or_year_is_noted(tmp_path, warehouse, cic):
    """One council's file landed again for another year, then for another council: both land,
    and each later landing says which load it repeats; a header with no rows (the same for
    every council) and the first landing say nothing. The audit keeps each load's own message."""
    sample = PROJECT_ROOT / "tests" / "fixtures" / "sample" / "886" / "2025-26"
    header = write(tmp_path / "header.csv", (sample / "header.csv").read_text())
    empty = write(
        tmp_path / "placed_adoption.csv",
        "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n",
    )
    said = []
    for la, year in (("886", "2025-26"), ("886", "2024-25"), ("316", "2025-26")):
        code, out = cic("land", header, empty, "--la", la, "--year", year)
        assert code == 0, out
        said.append([" ".join(line.split()) for line in out.splitlines() if "same bytes" in line])
    assert said == [
        [],
        [
            "repeated: header.csv (load 3) has the same bytes as load 1, landed for LA 886, "
            "2025-26: is --la or --year right?"
        ],
        [
            "repeated: header.csv (load 5) has the same bytes as load 1, landed for LA 886, "
            "2025-26: is --la or --year right?"
        ],
    ]
    assert [str(row[5]) for row in loads(warehouse)] == ["24 rows", "header only: no data rows"] * 3


def test_xml_on_one_line_numbers_each_tables_records_apart(tmp_path, warehouse, cic):
    """An XML file written without line breaks (as other tools write it) has every record on
    line 1: a table's rows are numbered in document order, so (file, row) is still a key."""

    def child(child_id: str, starts: tuple[str, ...]) -> str:
        episodes = "".join(
            f"<EPISODE><DECOM>{start}</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL>"
            "<DEC /><REC /></EPISODE>"
            for start in starts
        )
        return (
            f"<CHILD><HEADER><CHILDID>{child_id}</CHILDID><SEX>1</SEX><DOB>01/02/2012</DOB>"
            "<AREVIEW><REVIEW>01/05/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>"
            f"</HEADER>{episodes}</CHILD>"
        )

    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><EXPSSDA903>'
        + child("101", ("01/04/2024", "01/06/2024"))
        + child("102", ("01/05/2024",))
        + "</EXPSSDA903>"
    )
    path = write(tmp_path / "return.xml", xml)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert query(
        warehouse, "select child, decom, _source_row from raw.ssda903__episodes order by 3"
    ) == [("101", "01/04/2024", 1), ("101", "01/06/2024", 2), ("102", "01/05/2024", 3)]
    assert query(warehouse, "select child, _source_row from raw.ssda903__header order by 2") == [
        ("101", 1),
        ("102", 2),
    ]
    assert query(warehouse, "select child, _source_row from raw.ssda903__reviews order by 2") == [
        ("101", 1),
        ("102", 2),
    ]
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        ("<EXPSSDA903><CHILD><HEADER>", "not well-formed XML"),
        ("<OTHER/>", "XML root is <OTHER>"),
        (
            "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><SHOE>9</SHOE></HEADER></CHILD>"
            "</EXPSSDA903>",
            "unexpected element <SHOE> in <HEADER>",
        ),
    ],
)
def test_bad_xml_is_rejected(tmp_path, warehouse, cic, xml, expected):
    path = write(tmp_path / "return.xml", xml)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert expected in out
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--la", "88", "--year", "2024-25"], "not a DfE 3-digit LA number"),
        (["--la", "886", "--year", "2024-26"], "two years that follow each other (2024-25)"),
        (["--la", "886", "--year", "2024/25"], "not of the form 2025-26"),
    ],
)
def test_bad_options_are_refused(tmp_path, warehouse, cic, args, expected):
    path = write(tmp_path / "h.csv", HEADER + "\n")
    code, out = cic("land", path, *args)
    assert code == 2
    assert expected in out
    assert not warehouse.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("land", "", "--la", "886", "--year", "2024-25"),
        ("land", "{file}", " ", "--la", "886", "--year", "2024-25"),
        ("export", "--la", "886", "--year", "2024-25", "--out", ""),
        ("nightly", "--extracts", ""),
        ("nightly", "--extracts", "{folder}", "--registry", ""),
        ("report", "--out", ""),
    ],
    ids=[
        "land",
        "land-beside-a-file",
        "export-out",
        "nightly-extracts",
        "nightly-registry",
        "report-out",
    ],
)
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    tmp_path, warehouse, cic, monkeypatch, args
):
    # `cic land "$FOLDER"` with the variable unset would otherwise walk the current folder (here
    # one holding a 903 file) and land whatever it finds.
    write(tmp_path / "h.csv", HEADER + "\n")
    monkeypatch.chdir(tmp_path)
    given = [a.format(file=tmp_path / "h.csv", folder=tmp_path) for a in args]
    code, out = cic(*given)
    assert code == 2, out
    assert "an empty path was given" in out
    assert not warehouse.exists()


@pytest.mark.parametrize("name", ["", "   ", "Example\nCouncil", "Example\tCouncil"])
def test_a_council_name_that_is_blank_or_not_one_line_is_refused(cic, monkeypatch, name):
    calls: list[object] = []
    monkeypatch.setattr("cic.councils.new_council", lambda *a, **k: calls.append(a))
    code, out = cic("new-council", "--la", "886", "--name", name, "--source", "lcs")
    assert code == 2, out
    assert "the council's name" in out
    assert not calls  # the registry (seeds/reference/councils.csv) was not touched


def test_missing_path_is_refused(tmp_path, warehouse, cic):
    code, out = cic("land", tmp_path / "nowhere", "--la", "886", "--year", "2024-25")
    assert code == 2
    assert "no such file or folder" in out


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--la", "886", "--year", "2024-25"),
        ("reference", "postcodes"),
    ],
)
def test_only_land_creates_a_warehouse(warehouse, cic, command):
    """A mistyped CIC_WAREHOUSE is an error, not a new empty warehouse."""
    code, out = cic(*command)
    assert code == 2
    assert "no warehouse at" in " ".join(out.split())
    assert not warehouse.exists()


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--la", "\u0668\u0668\u0666", "not a DfE 3-digit LA number"),
        ("--la", "886\n", "not a DfE 3-digit LA number"),
        ("--la", "999", "is not an English LA"),
        ("--year", "\u0662\u0660\u0662\u0664-25", "is not of the form 2025-26"),
        ("--year", "2024-25\n", "is not of the form 2025-26"),
        ("--year", "2099-00", "is not supported"),
        ("--year", "2019-20", "is not supported"),
    ],
)
def test_la_and_year_are_strict(tmp_path, warehouse, cic, option, value, expected):
    path = write(tmp_path / "header.csv", HEADER + "\n")
    args = {"--la": "886", "--year": "2024-25"} | {option: value}
    code, out = cic("land", path, "--la", args["--la"], "--year", args["--year"])
    assert code == 2
    assert expected in " ".join(out.split())
    assert not warehouse.exists()


def test_names_are_printed_as_they_are_not_as_markup(tmp_path, warehouse, cic):
    """A file name holding rich markup ([/x]) is printed, not interpreted (which would crash)."""
    (tmp_path / "a[").mkdir()
    good = write(tmp_path / "a[" / "x].csv", HEADER + "\n")
    bad = write(tmp_path / "b[bold].csv", "NOT,A,HEADER\n")
    code, out = cic("land", good, bad, "--la", "886", "--year", "2024-25")
    assert code == 1
    flat = "".join(out.split())
    assert "a[/x].csv" in flat and "b[bold].csv" in flat
    assert [r[1] for r in loads(warehouse)] == ["landed", "rejected"]


def rejects(warehouse: Path) -> list[tuple[object, ...]]:
    return query(warehouse, "select source_row, reason, record from raw._rejects order by 1")


def header_rows(count: int) -> list[str]:
    return [f"{100 + n},M,01/02/2012,WBRI,UN{n},,01/01/2030" for n in range(1, count + 1)]


def test_a_stray_quote_rejects_the_file_whole_and_every_line_is_a_row(tmp_path, warehouse, cic):
    """A quote opening the last value of row 3 would swallow rows 4 to 25 into it: the file is
    rejected, not landed as 3 rows, and each of its 25 lines is listed."""
    rows = header_rows(25)
    rows[2] = rows[2].replace(",01/01/2030", ',"01/01/2030')
    path = write(tmp_path / "h.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    text = " ".join(out.split())
    assert "h.csv, row 3: not a readable CSV" in text
    assert "column 7 (MC_DOB): a quote opens a value that is never closed" in text
    assert "01/01/2030" not in text and "UN3" not in text  # no value in the message
    assert [r[1:5] for r in loads(warehouse)] == [("rejected", 25, 0, 25)]
    listed = rejects(warehouse)
    assert [r[0] for r in listed] == list(range(1, 26))
    assert listed[2][1] == "column 7 (MC_DOB): a quote opens a value that is never closed"
    assert listed[3][1] == "read line by line: within row 3, whose quoting fails"
    assert listed[24][2] == rows[24]
    assert query(warehouse, "select count(*) from raw.ssda903__header") == [(0,)]
    assert_rows_accounted_for(warehouse)


def test_text_after_a_closing_quote_is_rejected_naming_row_and_column(tmp_path, warehouse, cic):
    rows = header_rows(3)
    rows[1] = rows[1].replace("WBRI", '"WB"RI')
    path = write(tmp_path / "h.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert "row 2, column 4 (ETHNIC): text follows the closing quote" in " ".join(out.split())
    assert [r[1:5] for r in loads(warehouse)] == [("rejected", 3, 0, 3)]
    assert_rows_accounted_for(warehouse)


def test_a_utf8_file_with_a_byte_that_is_not_utf8_is_rejected_not_read_as_cp1252(
    tmp_path, warehouse, cic
):
    data = (
        (HEADER + "\n" + ROWS[0] + "\n").encode()
        + "Zoë1,F,03/04/2013,WBRI,UN1,0,\n".encode()
        + b"102,F,03/04/2013,WBRI,Zo\xeb2,0,\n"  # one row in Windows-1252
    )
    path = tmp_path / "h.csv"
    path.write_bytes(data)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    text = " ".join(out.split())
    assert "h.csv, row 3: undecodable: data row 3, column 5 (UPN) holds a byte" in text
    assert "not read as Windows-1252" in text
    assert [r[1:5] for r in loads(warehouse)] == [("rejected", 3, 0, 3)]
    listed = rejects(warehouse)
    assert listed[2][1] == "column 5 (UPN) holds a byte that does not decode"
    assert listed[2][2] == "102,F,03/04/2013,WBRI,Zo\\xeb2,0,"
    assert listed[1][2].startswith("Zoë1")
    assert query(warehouse, "select count(*) from raw.ssda903__header") == [(0,)]
    assert_rows_accounted_for(warehouse)


def test_a_file_rejected_midway_lists_every_row(tmp_path, warehouse, cic):
    """DuckDB has read (and inserted) many rows when it meets a ragged one: nothing lands, and
    every row of the file is listed, the ragged one with its own reason."""
    rows = header_rows(60_000)
    rows[45_000] += ",extra"
    path = write(tmp_path / "h.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 1
    assert "ragged rows: the header has 7 columns but row 45001 has 8 fields" in out
    assert [r[1:5] for r in loads(warehouse)] == [("rejected", 60_000, 0, 60_000)]
    assert query(
        warehouse, "select count(*), min(source_row), max(source_row) from raw._rejects"
    ) == [(60_000, 1, 60_000)]
    assert query(warehouse, "select reason from raw._rejects where source_row = 45001") == [
        ("row has 8 fields, the header 7",)
    ]
    assert query(warehouse, "select count(*) from raw.ssda903__header") == [(0,)]
    assert_rows_accounted_for(warehouse)


def test_values_land_exactly_as_sent(tmp_path, warehouse, cic):
    """Quoted values, doubled quotes, a line end inside quotes, empty values (text, not null),
    spaces around values and beside quotes, and blank lines, which are not rows."""
    rows = [
        '"101",M,"01/02/2012",WBRI,"A""1",,',
        "",
        '102,F,03/04/2013," WBRI ","two\nlines", "0",',
        "\r",
        '103,F,03/04/2013,WBRI,UN1,0,""',
    ]
    path = write(tmp_path / "h.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert query(
        warehouse,
        "select _source_row, child, ethnic, upn, mother, mc_dob from raw.ssda903__header "
        "order by 1",
    ) == [
        (1, "101", "WBRI", 'A"1', "", ""),
        (2, "102", " WBRI ", "two\nlines", ' "0"', ""),
        (3, "103", "WBRI", "UN1", "0", ""),
    ]
    assert_rows_accounted_for(warehouse)


def test_a_valid_file_duckdb_refuses_lands_through_python(tmp_path, warehouse, cic):
    """Windows and Unix line ends in one file: DuckDB's strict reader refuses it, Python reads
    it, and it lands with the same rows and numbers."""
    text = HEADER + "\r\n" + ROWS[0] + "\n" + ROWS[1] + "\r\n"
    path = write(tmp_path / "h.csv", text)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert loads(warehouse)[0][1:6] == ("landed", 2, 2, 0, "2 rows")
    assert query(warehouse, "select _source_row, child from raw.ssda903__header order by 1") == [
        (1, "101"),
        (2, "102"),
    ]
    assert_rows_accounted_for(warehouse)


def test_a_transcoded_copy_is_private_and_removed(tmp_path, warehouse, cic, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    seen: list[int] = []
    from cic.land import decode

    transcode = decode.transcode

    def spy(path: Path, encoding: str, target: Path) -> str | None:
        result = transcode(path, encoding, target)
        seen.append(target.stat().st_mode & 0o777)
        seen.append(target.parent.stat().st_mode & 0o777)
        return result

    monkeypatch.setattr(decode, "transcode", spy)
    path = write(tmp_path / "h.csv", HEADER + "\r\n" + "\r\n".join(ROWS) + "\r\n", "utf-16")
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert seen == [0o600, 0o700]
    assert list(scratch.iterdir()) == []


def test_a_large_file_is_never_held_in_python(tmp_path, warehouse, monkeypatch):
    """A 22 MB file lands without Python reading it whole (no read_bytes / read_text) and with
    Python's own allocations staying a few MB: DuckDB reads the file."""
    import tracemalloc

    from cic.land.lander import Lander
    from cic.land.warehouse import connect

    path = tmp_path / "episodes.csv"
    count = 300_000
    with path.open("w", encoding="utf-8") as handle:
        handle.write(EPISODES + "\n")
        for start in range(0, count, 10_000):
            handle.writelines(
                f"{n},01/04/2024,S,C2,N1,U1,PR1,01/05/2024,E11,,AB1 2CD,XY9 8ZW,SC{n:06d}\n"
                for n in range(start, start + 10_000)
            )
    assert path.stat().st_size > 20_000_000

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise AssertionError(f"{self} read whole")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "read_text", refuse)
    with connect(warehouse) as con:
        lander = Lander(con, "886", "2024-25")
        tracemalloc.start()
        outcome = lander.land(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert outcome.status == "landed", outcome.message
        assert outcome.rows_landed == count
        assert peak < 8_000_000, peak
        # row numbers follow the file, however DuckDB split the reading
        assert con.execute(
            "select count(*) from raw.ssda903__episodes where _source_row <> child::integer + 1"
        ).fetchone() == (0,)


def test_a_file_name_duckdb_would_read_as_a_pattern_lands_only_itself(tmp_path, warehouse, cic):
    write(tmp_path / "h*.csv", HEADER + "\n" + ROWS[0] + "\n")
    write(tmp_path / "h2.csv", HEADER + "\n" + ROWS[1] + "\n")  # matched by the pattern h*.csv
    code, out = cic("land", tmp_path / "h*.csv", "--la", "886", "--year", "2024-25")
    assert code == 0, out
    assert query(warehouse, "select child from raw.ssda903__header") == [("101",)]


def test_landing_a_folder_shows_progress_at_a_terminal(tmp_path, warehouse, cic, monkeypatch):
    """At a terminal, a bar names each file as it lands (escaped, never read as markup);
    in a log or pipe nothing is drawn."""
    import io
    import shutil

    from rich.console import Console

    from cic import cli as cic_cli
    from cic.paths import PROJECT_ROOT

    folder = tmp_path / "903"
    shutil.copytree(PROJECT_ROOT / "tests" / "fixtures" / "sample" / "886" / "2025-26", folder)
    (folder / "header.csv").rename(folder / "[bold]header.csv")
    screen = io.StringIO()
    monkeypatch.setattr(cic_cli, "err", Console(file=screen, force_terminal=True, width=200))
    code, output = cic("land", folder, "--la", "886", "--year", "2025-26")
    assert code == 0, output
    drawn = screen.getvalue()
    assert "landing" in drawn and "[bold]header.csv" in drawn


class _CountingConnection:
    """A warehouse connection that counts its commits."""

    def __init__(self, con: object) -> None:
        self._con = con
        self.commits = 0

    def commit(self) -> object:
        self.commits += 1
        return self._con.commit()  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)


def _folder(tmp_path: Path, refused_by_duckdb: bool) -> Path:
    folder = tmp_path / ("mixed" if refused_by_duckdb else "clean")
    folder.mkdir()
    ends = ("\r\n", "\n") if refused_by_duckdb else ("\n", "\n")
    write(folder / "a_header.csv", HEADER + ends[0] + ROWS[0] + ends[1] + ROWS[1] + "\n")
    write(folder / "b_episodes.csv", EPISODES + "\n101,01/04/2024,S,C2,N1,U1,PR1,,,,,,\n")
    if refused_by_duckdb:
        write(folder / "c_bad.csv", "NAME,AGE\nx,1\n")
    return folder


@pytest.mark.parametrize("refused_by_duckdb", [False, True])
def test_a_folder_lands_in_one_commit_unless_a_file_needs_its_own(
    tmp_path, warehouse, refused_by_duckdb
):
    """A clean folder is one transaction (one sync to disk); a folder with a file DuckDB
    refuses or a rejected file lands file by file, and either way the warehouse ends up the
    same as landing each file on its own."""
    from cic.land.lander import Lander, expand
    from cic.land.warehouse import connect

    folder = _folder(tmp_path, refused_by_duckdb)
    with connect(warehouse) as con:
        counting = _CountingConnection(con)
        outcomes, unreadable = Lander(counting, "886", "2024-25").land_all(  # type: ignore[arg-type]
            expand([folder])
        )
    assert not unreadable
    files = 3 if refused_by_duckdb else 2
    assert counting.commits == (files if refused_by_duckdb else 1)
    assert [o.status for o in outcomes] == ["landed", "landed", "rejected"][:files]
    assert_rows_accounted_for(warehouse)
    one_by_one = tmp_path / "one_by_one" / "build.duckdb"
    with connect(one_by_one) as con:
        lander = Lander(con, "886", "2024-25")
        for path in expand([folder]):
            lander.land(path)
    audit = (
        "select load_id, source_file, status, rows_read, rows_landed, rows_rejected, message "
        "from raw._loads order by load_id"
    )
    data = "select _load_id, _source_row, child from raw.ssda903__header order by 1, 2"
    for sql in (audit, data, "select * from raw._load_tables order by 1, 2"):
        assert query(warehouse, sql) == query(one_by_one, sql)


def test_a_copy_left_by_a_killed_landing_is_removed_by_the_next(tmp_path, warehouse, monkeypatch):
    """`kill -9` during the landing of a transcoded file leaves its private copy behind; the
    next landing removes the copies of processes that are gone, and no other folder."""
    import subprocess

    from cic.land.lander import Lander
    from cic.land.warehouse import connect

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    dead = subprocess.Popen(["true"])  # a process that has exited
    dead.wait()
    orphan = scratch / f"cic-land-{dead.pid}-abc"
    orphan.mkdir()
    (orphan / "utf8.csv").write_text("a council's file", encoding="utf-8")
    mine = scratch / f"cic-land-{os.getpid()}-def"  # a landing still running
    mine.mkdir()
    other = scratch / "something-else"
    other.mkdir()
    with connect(warehouse) as con:
        Lander(con, "886", "2024-25")
    assert sorted(p.name for p in scratch.iterdir()) == sorted([mine.name, other.name])
