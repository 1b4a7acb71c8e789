"""The benchmarks' child-process measurement: wall time, exit code and peak memory."""

from __future__ import annotations

import sys

from cic_lab.processes import measure

# A parent that starts a child holding about 200 MB for a second, then waits for it: the
# parent's own memory stays small, as dbt-spark's Python process beside Spark's JVM.
PARENT = """
import subprocess, sys
child = "b = bytearray(200 * 1024 * 1024); import time; time.sleep(1.2)"
subprocess.run([sys.executable, "-c", child], check=True)
"""


def test_the_tree_peak_counts_the_memory_of_a_child_process():
    alone = measure([sys.executable, "-c", PARENT])
    tree = measure([sys.executable, "-c", PARENT], tree=True)
    assert alone.returncode == tree.returncode == 0
    assert alone.peak_rss_mb < 100  # the parent alone never holds the child's 200 MB
    assert tree.peak_rss_mb > 200


def test_a_failing_command_keeps_its_exit_code_and_output():
    failed = measure([sys.executable, "-c", "import sys; print('out'); sys.exit(3)"])
    assert failed.returncode == 3
    assert failed.stdout.strip() == "out"
    assert failed.wall_seconds > 0
