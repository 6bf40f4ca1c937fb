"""Shared fixtures: a warehouse built once per test session by the real main job."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "000_ba639974d9f8cf50.txt"
FIXTURES = ROOT / "tests" / "fixtures"


@dataclass(frozen=True)
class Workspace:
    """Folders and environment of one isolated run of the job."""

    raw: Path
    warehouse: Path
    reports: Path
    home: Path
    env: dict[str, str]
    corrections: Path


def make_workspace(base: Path) -> Workspace:
    """Empty RAW_DIR, warehouse, reports, CORRECTIONS_DIR and DAGSTER_HOME under ``base``."""
    raw, data, home, corrections = base / "raw", base / "data", base / "dagster_home", base / "corrections"
    for folder in (raw, data, home, corrections):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "RAW_DIR": str(raw),
        "WAREHOUSE_PATH": str(data / "warehouse.duckdb"),
        "REPORTS_DIR": str(data / "reports"),
        "DAGSTER_HOME": str(home),
        "CORRECTIONS_DIR": str(corrections),
    }
    return Workspace(raw, data / "warehouse.duckdb", data / "reports", home, env, corrections)


@contextmanager
def open_instance(home: Path) -> Iterator:
    """The Dagster instance kept in ``home``, opened as the job opens it (DAGSTER_HOME set)."""
    import dagster as dg

    before = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    try:
        with dg.DagsterInstance.from_config(str(home)) as instance:
            yield instance
    finally:
        if before is None:
            os.environ.pop("DAGSTER_HOME", None)
        else:
            os.environ["DAGSTER_HOME"] = before


def run_job(ws: Workspace, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """``python -m dagster_project`` in the workspace; output captured."""
    return subprocess.run(
        [sys.executable, "-m", "dagster_project", "--quiet", *args],
        cwd=ROOT,
        env=ws.env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def sample_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Workspace, subprocess.CompletedProcess[str]]:
    """The main job run once on a copy of the sample in ``raw/``."""
    ws = make_workspace(tmp_path_factory.mktemp("sample"))
    for path in (ROOT / "raw").iterdir():
        shutil.copy(path, ws.raw / path.name)
    done = run_job(ws)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    return ws, done


# `python3 tasks.py test` runs the suite on two workers (pytest -n 2). The tests are split in
# two lanes of about equal time (measured serially: each lane about 8 of the 17 minutes), each
# lane on one worker, so a module's or a session's fixture is built once per lane. The UI lane
# shares one `dagster dev` and mostly waits on it, the sensor and the browser, which leaves the
# other lane's parsing and dbt runs the cores.
UI_LANE = (
    "tests/ui/test_browser.py",
    "tests/ui/test_sensor_live.py",
    "tests/ui/test_review_page.py",
    "tests/faults/test_bad_input.py",
    "tests/dbt/",
    "tests/orchestration/",
    "tests/quality/",
)


def lane(nodeid: str) -> str:
    """The lane a test runs in: 'ui' or 'runs'."""
    return "ui" if nodeid.startswith(UI_LANE) else "runs"


def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """xdist's scheduling by scope, with the lane as the scope."""
    from xdist.scheduler import LoadScopeScheduling

    class LaneScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return lane(nodeid)

    return LaneScheduling(config, log)
