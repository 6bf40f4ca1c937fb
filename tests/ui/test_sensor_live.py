"""Dropping a transcript into RAW_DIR while ``dagster dev`` runs: the sensor parses it
alone and the marts then hold both documents' facts."""

from __future__ import annotations

import time

import dagster as dg
import duckdb
import pytest

from tests.conftest import SAMPLE, open_instance

pytestmark = pytest.mark.e2e


def _documents(warehouse) -> list[tuple] | None:
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.IOException:  # a run holds the file for writing
        return None
    try:
        return con.execute(
            "select d.source_file, d.published_date, count(f.fact_id) from marts.dim_document d "
            "left join marts.fct_indicator_value f using (source_file) group by all order by 1"
        ).fetchall()
    finally:
        con.close()


def _sensor_runs_done(home) -> list[dg.DagsterRun]:
    """Finished runs the sensor launched (the warehouse is not opened while one runs:
    DuckDB lets a writer in only when no reader holds the file)."""
    with open_instance(home) as instance:
        runs = instance.get_runs(filters=dg.RunsFilter(tags={"dagster/sensor_name": "raw_dir_sensor"}))
    return runs if runs and all(run.is_finished for run in runs) else []


def test_new_file_is_picked_up_by_the_sensor(dagster_dev) -> None:
    ws = dagster_dev.ws
    before = _documents(ws.warehouse)
    assert before is not None and len(before) == 1
    sample_facts = before[0][2]
    text = SAMPLE.read_text(encoding="utf-8")
    dropped = time.monotonic()
    (ws.raw / "2026-07-30_copy.txt").write_text("2026年7月30日\n\n" + text, encoding="utf-8")
    deadline = dropped + 300
    while time.monotonic() < deadline and not (runs := _sensor_runs_done(ws.home)):
        time.sleep(3)
    assert runs, dagster_dev.log.read_text()[-4000:]
    assert all(run.is_success for run in runs), dagster_dev.log.read_text()[-4000:]
    print(f"\nfile dropped -> its facts in the marts: {time.monotonic() - dropped:.0f} s (polled every 3 s)")
    rows = _documents(ws.warehouse)
    assert rows is not None and len(rows) == 2, rows
    copy = next(r for r in rows if r[0] == "2026-07-30_copy.txt")
    assert str(copy[1]) == "2026-07-30"  # date from the file name
    assert copy[2] == sample_facts
    runs_log = dagster_dev.log.read_text()
    assert "raw_dir_sensor" in runs_log or "2026-07-30_copy.txt" in runs_log
