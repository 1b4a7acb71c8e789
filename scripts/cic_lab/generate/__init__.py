"""Synthetic SSDA903 returns from one simulated model of children's lives in care."""

from cic_lab.generate.run import GenerateResult, run
from cic_lab.generate.stats import stats

__all__ = ["GenerateResult", "run", "stats"]
