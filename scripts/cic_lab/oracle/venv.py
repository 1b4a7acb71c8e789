"""The oracle's own virtual environment: `.venv-oracle/` with the pinned reference validator.

`csc-validator-be-903` pins pandas<2, so it can never share the project venv. This module
creates the separate environment on first use and finds its interpreter afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from cic.paths import PROJECT_ROOT

# Every package of the oracle venv, pinned (the validator itself among them): its own lock,
# because the validator's pandas<2 can never share requirements.lock.
LOCK = PROJECT_ROOT / "requirements-oracle.lock"
VALIDATOR_PACKAGE = "csc-validator-be-903"
DEFAULT_VENV = PROJECT_ROOT / ".venv-oracle"
# Written last, after the install succeeded, holding the lock it installed: a venv without it
# is a broken half-install, and one with another lock's text is out of date.
MARKER = "cic-oracle.txt"


class OracleInstallError(RuntimeError):
    """The oracle environment could not be created or the validator not installed."""


def venv_dir() -> Path:
    """`$CIC_ORACLE_VENV` if set, else `.venv-oracle/` at the project root."""
    configured = os.environ.get("CIC_ORACLE_VENV")
    return Path(configured) if configured else DEFAULT_VENV


def python_path(venv: Path | None = None) -> Path:
    """The interpreter inside the oracle venv."""
    root = venv or venv_dir()
    return root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def lock_text() -> str:
    """The oracle venv's lock, as `requirements-oracle.lock` holds it."""
    return LOCK.read_text(encoding="utf-8")


def validator_requirement() -> str:
    """The validator's pinned requirement (`csc-validator-be-903==X.Y.Z`), read from the lock."""
    for line in lock_text().splitlines():
        if line.split("==")[0].strip().lower() == VALIDATOR_PACKAGE:
            return line.strip()
    raise OracleInstallError(f"{LOCK.name} does not pin {VALIDATOR_PACKAGE}")


def is_installed(venv: Path | None = None) -> bool:
    """True when the venv exists and holds exactly what the lock pins."""
    root = venv or venv_dir()
    marker = root / MARKER
    return (
        python_path(root).exists()
        and marker.exists()
        and marker.read_text(encoding="utf-8") == lock_text()
    )


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-15:])
        raise OracleInstallError(f"{what} failed (exit {result.returncode}):\n{tail}")


def ensure(venv: Path | None = None, base_python: str | None = None) -> Path:
    """Create the oracle venv if missing and return its interpreter. Idempotent.

    `base_python` is the interpreter the venv is made from: `python3` on PATH by default
    (the validator supports 3.9 to 3.11 well; the project requires 3.11).
    """
    root = venv or venv_dir()
    if is_installed(root):
        return python_path(root)
    base = base_python or shutil.which("python3") or sys.executable
    if not python_path(root).exists():
        _run([base, "-m", "venv", str(root)], f"creating the oracle venv at {root}")
    python = str(python_path(root))
    # uv (a pinned dev dependency of the project venv, beside this interpreter) installs the
    # lock in a few seconds; pip, where uv is missing, in about twenty. Compiled, as pip does:
    # each run of the validator imports pandas, and compiling it took 0.7 s of every run.
    uv = Path(sys.executable).parent / "uv"
    installer = (
        [str(uv), "pip", "install", "--compile-bytecode", "--python", python]
        if uv.exists()
        else [python, "-m", "pip", "install", "--disable-pip-version-check"]
    )
    _run([*installer, "--quiet", "-r", str(LOCK)], f"installing {LOCK.name} into {root}")
    _run([python, "-c", "import lac_validator"], "importing lac_validator in the oracle venv")
    (root / MARKER).write_text(lock_text(), encoding="utf-8")
    return python_path(root)


def site_packages(venv: Path | None = None) -> Path:
    """The oracle venv's site-packages folder (where `lac_validator` lives)."""
    root = venv or venv_dir()
    candidates = sorted((root / "lib").glob("python3*/site-packages"))
    if not candidates:
        raise OracleInstallError(f"no site-packages under {root}; run ensure() first")
    return candidates[0]
