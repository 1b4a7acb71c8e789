"""Running a generated suite on a pandas frame through Great Expectations, and reducing GX's
results to what the gates report (counts and column names, never values).

One `Validator` is one ephemeral GX context with one pandas dataframe asset; each `validate` is
one GX validation of every expectation of a suite on one frame.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from cic.codegen.expectations import EXPECTATIONS
from cic.paths import PROJECT_ROOT

Suite = dict[str, Any]  # a suite as its JSON file holds it
_INDEX = "cic_index"  # meta key that ties a GX result back to its expectation in the suite
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# GX reports only counts from these, never the failing values themselves.
_RESULT_FORMAT = {"result_format": "BASIC", "partial_unexpected_count": 0}


def suites_dir(root: Path = PROJECT_ROOT) -> Path:
    """The folder of generated suites."""
    return root / EXPECTATIONS


def read_suite(path: Path) -> Suite:
    """One suite file, as JSON."""
    with path.open(encoding="utf-8") as handle:
        suite: Suite = json.load(handle)
    return suite


def every_suite(root: Path = PROJECT_ROOT) -> list[Suite]:
    """Every suite under `expectations/`, landing contracts first, each kind in name order."""
    return [read_suite(p) for p in sorted(suites_dir(root).rglob("*.json"))]


@dataclass(frozen=True)
class Checked:
    """One expectation of a suite and what GX found: no value from the data, only counts and
    column names."""

    expectation: dict[str, Any]  # as in the suite file
    success: bool
    unexpected: int  # rows that fail a column expectation (0 for table expectations)
    observed: Any  # a table expectation's observed value: row count, or column names
    missing_columns: tuple[str, ...]  # expect_table_columns_*: expected columns not found
    unexpected_columns: int  # expect_table_columns_*: how many columns it did not expect
    error: str | None  # the exception's class when the expectation could not run

    @property
    def type(self) -> str:
        """The expectation's type, e.g. expect_column_values_to_be_in_set."""
        return str(self.expectation["type"])

    @property
    def column(self) -> str | None:
        """The column a column expectation checks; None for a table expectation."""
        column = self.expectation["kwargs"].get("column")
        return None if column is None else str(column)

    @property
    def meta(self) -> dict[str, Any]:
        """The expectation's meta: its check, and in a submission suite its DfE rule."""
        meta: dict[str, Any] = self.expectation.get("meta") or {}
        return meta


def _parameters_needed(value: Any) -> set[str]:
    if isinstance(value, dict) and "$PARAMETER" in value:
        return set(_NAME.findall(str(value["$PARAMETER"])))
    return set()


def _error(exception_info: Any) -> str | None:
    """The class of the exception an expectation raised, if it raised one. GX gives one
    {raised_exception, exception_message, ...} dict, or one per metric."""
    if not isinstance(exception_info, dict):
        return None
    infos = [exception_info] if "raised_exception" in exception_info else exception_info.values()
    for info in infos:
        if isinstance(info, dict) and info.get("raised_exception"):
            message = str(info.get("exception_message") or "")
            # "KeyError: ..." and the like: keep the class only, the rest may quote data.
            head = message.split(":", 1)[0].strip()
            return head if head.isidentifier() else "error"
    return None


class Validator:
    """An ephemeral GX context with one pandas dataframe asset, validating suites on frames."""

    def __init__(self) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        logging.getLogger("great_expectations").setLevel(logging.CRITICAL)
        self._gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = self.context.data_sources.add_pandas("cic_gates")
        asset = source.add_dataframe_asset(name="frame")
        self._batches = asset.add_batch_definition_whole_dataframe("whole_frame")

    def suite(self, suite: Suite) -> Any:
        """The GX ExpectationSuite of a suite's JSON."""
        return self._gx.ExpectationSuite(**copy.deepcopy(suite))

    def validate(
        self, suite: Suite, frame: pd.DataFrame, parameters: dict[str, float] | None = None
    ) -> list[Checked]:
        """Every expectation of `suite` on `frame`, in one validation. An expectation whose
        suite parameters are not all given in `parameters` is left out."""
        parameters = parameters or {}
        kept: list[dict[str, Any]] = []
        for expectation in suite["expectations"]:
            needed = set().union(*(_parameters_needed(v) for v in expectation["kwargs"].values()))
            if needed <= set(parameters):
                kept.append(expectation)
        runnable = copy.deepcopy({**suite, "expectations": kept})
        for i, expectation in enumerate(runnable["expectations"]):
            expectation["meta"] = {**(expectation.get("meta") or {}), _INDEX: i}
        batch = self._batches.get_batch(batch_parameters={"dataframe": frame})
        with warnings.catch_warnings():
            # pandas' str.contains warns of a pattern's groups (e.g. rule 168's UPN pattern).
            warnings.filterwarnings("ignore", message=".*has match groups.*")
            results = batch.validate(
                self._gx.ExpectationSuite(**runnable),
                result_format=_RESULT_FORMAT,
                expectation_parameters=parameters,
            )
        checked: dict[int, Checked] = {}
        for result in results.results:
            config = result.expectation_config
            if config is None:  # GX always gives it; without it the result maps to nothing
                continue
            index = int(config.meta[_INDEX])
            outcome = result.result or {}
            details = (outcome.get("details") or {}).get("mismatched") or {}
            checked[index] = Checked(
                expectation=kept[index],
                success=bool(result.success),
                unexpected=int(outcome.get("unexpected_count") or 0),
                observed=outcome.get("observed_value"),
                missing_columns=tuple(str(c) for c in details.get("missing", ())),
                unexpected_columns=len(details.get("unexpected", ())),
                error=_error(result.exception_info),
            )
        return [checked[i] for i in sorted(checked)]
