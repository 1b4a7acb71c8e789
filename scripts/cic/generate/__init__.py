"""Synthetic SSDA903 returns from one simulated model of children's lives in care."""

from cic.generate.run import GenerateResult, run
from cic.generate.stats import stats

__all__ = ["GenerateResult", "run", "stats"]
