#!/usr/bin/env python3
"""Set up the environment if needed, then run the warehouse job or the tests.

    python3 tasks.py run    # create .venv if missing, run the main job on raw/
    python3 tasks.py test   # create .venv if missing, install the test browser, run every test

Needs only Python 3.11 on the machine; everything else is installed into .venv
(and, for the browser tests, Debian's chromium and a CJK font through apt-get).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
STAMP = VENV / ".installed-from"


def sh(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    """Run a command from the project root; stop with its exit code when it fails."""
    print("+", " ".join(str(c) for c in cmd), flush=True)
    done = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env)
    if done.returncode:
        sys.exit(done.returncode)


def ensure_env() -> None:
    """Create .venv and install the project when missing or when pyproject.toml changed."""
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PY.exists() and STAMP.exists() and STAMP.read_text() == want:
        return
    if not PY.exists():
        sh(sys.executable, "-m", "venv", VENV)
    sh(PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", "uv")
    sh(VENV / "bin" / "uv", "pip", "install", "--python", PY, "--compile-bytecode", "-e", ".[dev]")
    STAMP.write_text(want)


def dbt_parse() -> None:
    """Write dbt's manifest, which Dagster reads when the definitions load."""
    env = {**os.environ}
    env.setdefault("WAREHOUSE_PATH", str(ROOT / "data" / "warehouse.duckdb"))
    dbt_dir = ROOT / "dbt"
    sh(VENV / "bin" / "dbt", "parse", "--quiet", "--project-dir", dbt_dir, "--profiles-dir", dbt_dir, env=env)


def ensure_browser() -> None:
    """Install Debian's chromium and a CJK font for the browser tests when missing."""
    if (
        shutil.which("chromium")
        and subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout.strip()
    ):
        return
    sh("bash", "scripts/install_browser.sh")


def main(argv: list[str]) -> None:
    """Dispatch ``run`` or ``test`` (extra arguments go to the job or to pytest)."""
    if not argv or argv[0] not in {"run", "test"}:
        sys.exit(__doc__)
    ensure_env()
    dbt_parse()
    if argv[0] == "run":
        sh(PY, "-m", "dagster_project", *argv[1:])
    else:
        ensure_browser()
        sh(PY, "-m", "pytest", *(argv[1:] or ["-q", "-n", "2"]))


if __name__ == "__main__":
    main(sys.argv[1:])
