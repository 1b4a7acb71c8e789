"""A defect kind and the child it damages: `Target` (one child of one LA-year, with its rows
this year and last), `DefectKind` (the table it changes, the DfE rules it should trigger, how),
`Kinds` (the kinds of one table, in the order they are declared; `Kinds.edits` for a kind that
edits one chosen row, `Kinds.sets` for one that only sets values on it), `Family` (the kinds of
one rule family over several tables, in the order they are declared) and the small edits and
values defects share."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from cic_lab.generate.defects.values import Row, Tables, fmt, parse_date, year_end, year_start


@dataclass
class Target:
    """One child of one LA-year, with the tables a defect may change."""

    la: str
    year: str
    child: str
    tables: Tables
    previous: Tables | None
    rng: random.Random
    protected: set[str] = field(default_factory=set)  # children other defects rely on

    def start(self) -> date:
        """The first day of the collection year."""
        return year_start(self.year)

    def end(self) -> date:
        """The last day of the collection year."""
        return year_end(self.year)

    def rows(self, table: str) -> list[Row]:
        return [r for r in self.tables.get(table, []) if r.get("CHILD") == self.child]

    def last_rows(self, table: str) -> list[Row]:
        if self.previous is None:
            return []
        return [r for r in self.previous.get(table, []) if r.get("CHILD") == self.child]

    def header(self) -> Row | None:
        rows = self.rows("header")
        return rows[0] if rows else None

    def last_header(self) -> Row | None:
        rows = self.last_rows("header")
        return rows[0] if rows else None

    def dob(self) -> date | None:
        head = self.header()
        return parse_date(head.get("DOB")) if head else None

    def episodes(self) -> list[Row]:
        """The child's episodes in date order (unparseable DECOMs last)."""
        return sorted(self.rows("episodes"), key=lambda r: parse_date(r.get("DECOM")) or date.max)

    def open_last_episode(self) -> Row | None:
        """The child's last episode (in date order) when it has not ended (no DEC)."""
        episodes = self.episodes()
        return episodes[-1] if episodes and episodes[-1].get("DEC") is None else None

    def last_episodes(self) -> list[Row]:
        return sorted(
            self.last_rows("episodes"), key=lambda r: parse_date(r.get("DECOM")) or date.max
        )

    def pick(self, rows: list[Row], test: Callable[[Row], bool] | None = None) -> Row | None:
        """One of `rows` (that passes `test`) at random; no draw when there is none."""
        candidates = [r for r in rows if test is None or test(r)]
        return self.rng.choice(candidates) if candidates else None

    def add_row(self, table: str, row: Row) -> None:
        self.tables.setdefault(table, []).append(row)

    def remove_rows(self, table: str) -> bool:
        """Remove the child's rows of `table`: True when there were any."""
        rows = self.tables.get(table, [])
        kept = [r for r in rows if r.get("CHILD") != self.child]
        if len(kept) == len(rows):
            return False
        rows[:] = kept
        return True


Apply = Callable[[Target], bool]
Edit = Callable[[Target, Row], bool]
Value = str | None | Callable[[Target], str | None]


@dataclass(frozen=True)
class DefectKind:
    """A kind of damage: the table it changes, the DfE rules it should trigger and how."""

    name: str
    table: str
    rule_codes: tuple[str, ...]
    apply: Apply = field(repr=False)  # mutates and returns True, or returns False untouched
    first_year: str = "2000-01"
    last_year: str = "2099-00"
    cross_year: bool = False

    def in_force(self, year: str) -> bool:
        return self.first_year <= year <= self.last_year


class Kinds:
    """The defect kinds of one 903 table, in the order they are declared; with `kinds`, declared
    into that list (a `Family`'s, shared by several tables)."""

    def __init__(self, table: str, kinds: list[DefectKind] | None = None) -> None:
        self.table = table
        self.kinds: list[DefectKind] = [] if kinds is None else kinds

    def defect(
        self,
        name: str,
        codes: str,
        first_year: str = "2000-01",
        last_year: str = "2099-00",
        cross_year: bool = False,
    ) -> Callable[[Apply], Apply]:
        """Declare a defect kind of this table; `codes` are the DfE rule codes it should trigger,
        separated by spaces."""

        def register(func: Apply) -> Apply:
            if any(k.name == name for k in self.kinds):
                raise ValueError(f"defect kind {name} declared twice")
            self.kinds.append(
                DefectKind(
                    name, self.table, tuple(codes.split()), func, first_year, last_year, cross_year
                )
            )
            return func

        return register

    def pick(self, t: Target, where: Callable[[Row], bool] | None = None) -> Row | None:
        """One of the child's rows of this table (that passes `where`) at random."""
        return t.pick(t.rows(self.table), where)

    def edits(
        self,
        name: str,
        codes: str,
        *,
        where: Callable[[Row], bool] | None = None,
        first_year: str = "2000-01",
    ) -> Callable[[Edit], Edit]:
        """Declare a kind that edits one of the child's rows of this table that passes `where`,
        chosen at random; the kind does not apply when there is none."""

        def register(func: Edit) -> Edit:
            def apply(t: Target) -> bool:
                row = self.pick(t, where)
                return False if row is None else func(t, row)

            self.defect(name, codes, first_year)(apply)
            return func

        return register

    def sets(
        self,
        name: str,
        codes: str,
        *,
        where: Callable[[Row], bool] | None = None,
        row: Callable[[Target], Row | None] | None = None,
        first_year: str = "2000-01",
        **values: Value,
    ) -> None:
        """Declare a kind that sets `values` (by DfE column) on one row: the one `row` gives, or
        else one of the child's rows of this table that passes `where`, at random. A callable
        value is drawn from the target after the row is chosen, in the order given, and whether
        or not there is a row: the draws that follow depend on it."""

        def apply(t: Target) -> bool:
            chosen = row(t) if row else self.pick(t, where)
            return change(chosen, **{c: v(t) if callable(v) else v for c, v in values.items()})

        self.defect(name, codes, first_year)(apply)


class Family:
    """The defect kinds of one family of DfE rules (cross-table, previous-year, integrity,
    reference data) over several tables, in the order they are declared."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.kinds: list[DefectKind] = []

    def table(self, table: str) -> Kinds:
        """Declare this family's kinds that change `table`."""
        return Kinds(table, self.kinds)


def change(row: Row | None, **values: str | None) -> bool:
    """Set `values` on `row`: True when there was a row to change."""
    if row is None:
        return False
    row.update(values)
    return True


def shift(text: str | None, days: int) -> str | None:
    """A dd/mm/yyyy date moved by `days`; None when it does not parse."""
    day = parse_date(text)
    return fmt(day + timedelta(days=days)) if day else None


BAD_DATES = ("31/02/{y}", "2019-05-04", "00/01/{y}", "15/13/{y}", "1/1/{y}x")


def dated(column: str) -> Callable[[Row], bool]:
    """A `where` for `Kinds.edits`: rows whose `column` is a dd/mm/yyyy date."""
    return lambda r: parse_date(r.get(column)) is not None


def one_of(*choices: str | None) -> Callable[[Target], str | None]:
    """A value for `Kinds.sets`: one of `choices`, drawn from the target's generator."""
    return lambda t: t.rng.choice(choices)


def days_after(day: Callable[[Target], date], low: int, high: int) -> Callable[[Target], str]:
    """A value for `Kinds.sets`: the target's `day` (`Target.start`, `Target.end`) plus `low`
    to `high` days, drawn from the target's generator."""
    return lambda t: fmt(day(t) + timedelta(days=t.rng.randint(low, high)))


def bad_date(target: Target) -> str:
    """Text that is not a valid dd/mm/yyyy date, in the target's collection year."""
    return target.rng.choice(BAD_DATES).format(y=target.year[:4])
