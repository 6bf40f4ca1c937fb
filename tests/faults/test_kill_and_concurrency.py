"""Runs killed mid-way, runs started together, readers during a run: the warehouse stays
readable, at the last complete state, and the next run repairs it without manual steps."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import duckdb
import pytest

from tests.conftest import ROOT, Workspace, make_workspace, run_job
from tests.faults.corpus import add_sample, add_variants

pytestmark = pytest.mark.e2e

VARIANTS = 60  # enough files that parsing uses the process pool and lasts several seconds
PARSING = re.compile(r"\[\d+/\d+\] \S+: \d+ sections")
DBT_RUNNING = re.compile(r"\d+ of \d+ (?:START|OK|PASS)")
MART_SNAPSHOT = (
    "select fact_id, source_file, region_name, period_code, indicator_text, measure, value, unit "
    "from marts.fct_indicator_value order by fact_id"
)
FILES_SNAPSHOT = "select source_file, document_id, status from marts.dim_source_file order by source_file"


def _snapshot(ws: Workspace) -> tuple[list[tuple], list[tuple]]:
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        return con.execute(MART_SNAPSHOT).fetchall(), con.execute(FILES_SNAPSHOT).fetchall()
    finally:
        con.close()


def _start(ws: Workspace) -> subprocess.Popen[str]:
    """The main job (not quiet: its log shows which stage it is in), in a process group."""
    return subprocess.Popen(
        [sys.executable, "-m", "dagster_project"],
        cwd=ROOT,
        env=ws.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def _kill_when(proc: subprocess.Popen[str], pattern: re.Pattern[str], timeout: float = 600) -> str:
    """SIGKILL the job's whole process group at the first output line matching ``pattern``."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            seen.append(line)
            if pattern.search(line):
                return line
        raise AssertionError(f"never reached {pattern.pattern!r}:\n{''.join(seen)[-3000:]}")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, tuple]]:
    """A warehouse complete for the sample, then {VARIANTS} new files dropped into RAW_DIR."""
    ws = make_workspace(tmp_path_factory.mktemp("kill"))
    add_sample(ws.raw)
    done = run_job(ws)
    assert done.returncode == 0, done.stderr[-3000:]
    before = _snapshot(ws)
    add_variants(ws.raw, VARIANTS)
    yield ws, before


@pytest.mark.parametrize("stage", [PARSING, DBT_RUNNING], ids=["during-parsing", "during-dbt"])
def test_a_killed_run_leaves_the_last_complete_warehouse(grown, stage: re.Pattern[str]) -> None:
    ws, before = grown
    _kill_when(_start(ws), stage)
    assert _snapshot(ws) == before  # readable, and exactly as the last complete run left it


def test_the_next_run_repairs_without_manual_steps(grown) -> None:
    ws, before = grown
    done = run_job(ws)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "1 interrupted run(s)" in done.stdout  # the run killed during dbt (the one before it was
    # released by that run)
    facts, files = _snapshot(ws)
    assert len(files) == VARIANTS + 1 and {status for _, _, status in files} == {"loaded"}
    per_file = len(before[0])
    assert len(facts) == per_file * (VARIANTS + 1)
    assert not list(ws.warehouse.parent.glob("*.next*"))  # no leftovers of the killed runs


def test_two_runs_at_once_wait_for_each_other(tmp_path) -> None:
    ws = make_workspace(tmp_path)
    add_sample(ws.raw)
    add_variants(ws.raw, 3)
    first, second = _start(ws), _start(ws)
    outputs = [proc.communicate(timeout=900)[0] for proc in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs[0][-2000:] + outputs[1][-2000:]
    assert any("another run is writing" in out for out in outputs)
    together = _snapshot(ws)
    alone = make_workspace(tmp_path / "alone")
    add_sample(alone.raw)
    add_variants(alone.raw, 3)
    assert run_job(alone).returncode == 0
    assert together == _snapshot(alone)


def test_a_reader_is_never_blocked_by_a_run(tmp_path) -> None:
    ws = make_workspace(tmp_path)
    add_sample(ws.raw)
    assert run_job(ws).returncode == 0
    add_variants(ws.raw, 5)
    proc = _start(ws)
    waits: list[float] = []
    errors: list[Exception] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            started = time.monotonic()
            try:
                con = duckdb.connect(str(ws.warehouse), read_only=True)
                con.execute("select count(*) from marts.fct_indicator_value").fetchone()
                con.close()
            except duckdb.Error as exc:
                errors.append(exc)
            waits.append(time.monotonic() - started)
            time.sleep(0.2)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        out = proc.communicate(timeout=900)[0]
    finally:
        stop.set()
        reader.join(timeout=60)
    assert proc.returncode == 0, out[-3000:]
    assert not errors, errors[:3]
    assert len(waits) > 10 and max(waits) < 5, (len(waits), max(waits, default=None))
