"""A real ``dagster dev`` on a free loopback port, on a workspace of its own."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.conftest import ROOT, Workspace, make_workspace, run_job

STARTUP_SECONDS = 180


@dataclass(frozen=True)
class DagsterDev:
    """A running ``dagster dev`` and the workspace it serves."""

    url: str
    ws: Workspace
    log: Path
    command_seconds: float  # the same work by ``python -m dagster_project``, for comparison


@dataclass
class ReaderTally:
    """What an analyst's read-only queries met while runs wrote the warehouse."""

    reads: int = 0
    refused: list[str] = field(default_factory=list)


@contextmanager
def reading_in_a_loop(warehouse: Path, pause_s: float = 0.2) -> Iterator[ReaderTally]:
    """Query the warehouse read-only, as an analyst's SQL client would, again and again in a
    thread for the length of the block; every refusal is kept with its message."""
    tally, stop = ReaderTally(), threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                con = duckdb.connect(str(warehouse), read_only=True)
                try:
                    con.execute("select count(*) from marts.fct_indicator_value").fetchone()
                finally:
                    con.close()
                tally.reads += 1
            except duckdb.Error as exc:
                tally.refused.append(str(exc)[:200])
            stop.wait(pause_s)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield tally
    finally:
        stop.set()
        thread.join(timeout=30)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dagster dev exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=5):
                return
        except OSError:
            time.sleep(1)
    raise RuntimeError(f"dagster dev did not answer within {STARTUP_SECONDS}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's chromium driven by Playwright (installed by the project's test setup)."""
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is missing: run scripts/install_browser.sh (tasks.py test does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def dagster_dev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DagsterDev]:
    """The sample loaded by the main job, then ``dagster dev`` serving that workspace."""
    ws = make_workspace(tmp_path_factory.mktemp("ui"))
    for path in (ROOT / "raw").iterdir():
        shutil.copy(path, ws.raw / path.name)
    started = time.monotonic()
    done = run_job(ws)
    command_seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-3000:]
    port = _free_port()
    log = ws.home / "dagster_dev.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(Path(sys.executable).with_name("dagster")), "dev", "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            env=ws.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, proc, log)
        yield DagsterDev(url, ws, log, command_seconds)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
