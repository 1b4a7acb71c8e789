"""SWEpisodes defects (from 2023-24): social worker ids, dates and reasons.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from datetime import date

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, shift
from cic_lab.generate.defects.values import (
    Row,
    parse_date,
)

kinds = Kinds("sw_episodes")


def _sw(t: Target) -> Row | None:
    return t.pick(t.rows("sw_episodes"))


@kinds.defect("sw_id_invalid", "SW02STG1", first_year="2023-24")
def _sw_id(t: Target) -> bool:
    return change(_sw(t), SW_ID=t.rng.choice(["AB1234", "S1234", "1234SW"]))


@kinds.defect("sw_start_invalid", "SW04STG1", first_year="2023-24")
def _sw_start(t: Target) -> bool:
    # A real date in the wrong layout: the oracle's SW13STG1 (2024-25 on) parses SW_DECOM
    # without error handling and crashes for the whole file on a date that cannot be read.
    row = t.pick(t.rows("sw_episodes"), lambda r: parse_date(r.get("SW_DECOM")) is not None)
    if row is None:
        return False
    day = parse_date(row["SW_DECOM"]) or date.min
    return change(row, SW_DECOM=t.rng.choice([day.isoformat(), day.strftime("%d.%m.%Y")]))


@kinds.defect("sw_end_invalid", "SW05STG1", first_year="2023-24")
def _sw_end(t: Target) -> bool:
    return change(_sw(t), SW_DEC=bad_date(t))


@kinds.defect("sw_reason_invalid", "SW13STG1", first_year="2023-24")
def _sw_reason(t: Target) -> bool:
    return change(_sw(t), SW_REASON=t.rng.choice(["LAZY", "MANAGER", "OTHER"]))


@kinds.defect("sw_unended_not_last", "SW08STG2", first_year="2023-24")
def _sw_unended(t: Target) -> bool:
    rows = sorted(t.rows("sw_episodes"), key=lambda r: parse_date(r.get("SW_DECOM")) or date.max)
    if len(rows) < 2:
        return False
    return change(t.rng.choice(rows[:-1]), SW_DEC=None)


@kinds.defect("sw_ends_before_start", "SW18STG2", first_year="2025-26")
def _sw_order(t: Target) -> bool:
    row = t.pick(t.rows("sw_episodes"), lambda r: parse_date(r.get("SW_DECOM")) is not None)
    return change(row, SW_DEC=shift(row["SW_DECOM"], -t.rng.randint(1, 20))) if row else False


@kinds.defect("sw_same_start", "SW19STG2", first_year="2025-26")
def _sw_same_start(t: Target) -> bool:
    row = _sw(t)
    if row is None:
        return False
    copy = dict(row)
    copy["SW_ID"] = "SW" + "".join(t.rng.choice("0123456789") for _ in range(6))
    t.add_row("sw_episodes", copy)
    return True
