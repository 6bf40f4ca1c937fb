"""A checkout in a folder of any name loads as the code location ``dagster_project``, without
Dagster's warning that the project's name does not match."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_a_checkout_in_a_folder_of_another_name_loads_quietly(tmp_path: Path) -> None:
    checkout = tmp_path / "nc"  # what a user may clone into
    checkout.mkdir()
    shutil.copy(ROOT / "pyproject.toml", checkout)
    shutil.copytree(
        ROOT / "dagster_project", checkout / "dagster_project", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "dbt", checkout / "dbt", ignore=shutil.ignore_patterns("target", "logs"))
    (checkout / "dbt" / "target").mkdir()
    shutil.copy(ROOT / "dbt" / "target" / "manifest.json", checkout / "dbt" / "target")
    env = {**os.environ, "PYTHONPATH": str(checkout), "DAGSTER_HOME": str(tmp_path / "home")}
    (tmp_path / "home").mkdir()
    done = subprocess.run(
        [str(Path(sys.executable).with_name("dagster")), "definitions", "validate"],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-3000:]
    assert "Validation successful for code location dagster_project" in log, log[-3000:]
    assert "does not match" not in log, log[-3000:]
