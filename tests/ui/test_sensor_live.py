"""Dropping a transcript into RAW_DIR while ``dagster dev`` runs: the sensor parses it
alone and the marts then hold both documents' facts; removing it again takes its facts out
of the marts. An analyst querying the warehouse all along is never refused."""

from __future__ import annotations

import time

import dagster as dg
import duckdb
import pytest

from tests.conftest import SAMPLE, open_instance
from tests.ui.conftest import reading_in_a_loop

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


def _sensor_runs_done(home, known: set[str]) -> list[dg.DagsterRun]:
    """Finished runs the sensor launched that are not in ``known``."""
    with open_instance(home) as instance:
        runs = instance.get_runs(filters=dg.RunsFilter(tags={"dagster/sensor_name": "raw_dir_sensor"}))
    new = [run for run in runs if run.run_id not in known]
    return new if new and all(run.is_finished for run in new) else []


def _wait_for_sensor_runs(dagster_dev, known: set[str]) -> list[dg.DagsterRun]:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (runs := _sensor_runs_done(dagster_dev.ws.home, known)):
        time.sleep(3)
    assert runs, dagster_dev.log.read_text()[-4000:]
    assert all(run.is_success for run in runs), dagster_dev.log.read_text()[-4000:]
    return runs


def test_files_added_and_removed_reach_the_marts_through_the_sensor(dagster_dev) -> None:
    ws = dagster_dev.ws
    before = _documents(ws.warehouse)
    assert before is not None and len(before) == 1
    sample_facts = before[0][2]
    text = SAMPLE.read_text(encoding="utf-8")
    copy_name = "2026-07-30_copy.txt"
    with reading_in_a_loop(ws.warehouse) as reader:
        dropped = time.monotonic()
        (ws.raw / copy_name).write_text("2026年7月30日\n\n" + text, encoding="utf-8")
        added = _wait_for_sensor_runs(dagster_dev, set())
        print(f"\nfile dropped -> its facts in the marts: {time.monotonic() - dropped:.0f} s (polled: 3 s)")
        rows = _documents(ws.warehouse)
        assert rows is not None and len(rows) == 2, rows
        copy = next(r for r in rows if r[0] == copy_name)
        assert str(copy[1]) == "2026-07-30"  # date from the file name
        assert copy[2] == sample_facts

        removed_at = time.monotonic()
        (ws.raw / copy_name).unlink()
        (retire,) = _wait_for_sensor_runs(dagster_dev, {run.run_id for run in added})
        print(f"file removed -> its facts gone from the marts: {time.monotonic() - removed_at:.0f} s")
    assert retire.job_name == "refresh_marts"
    assert _documents(ws.warehouse) == before
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        history = con.execute(
            "select superseded_because from marts.dim_source_file_history where source_file = ?", [copy_name]
        ).fetchall()
    finally:
        con.close()
    assert history == [("removed",)]
    # an analyst's client was never turned away while the sensor's runs wrote the warehouse
    print(f"reader: {reader.reads} queries, {len(reader.refused)} refused")
    assert reader.reads > 0 and reader.refused == [], reader.refused[:3]


def test_dagster_dev_logs_no_location_name_mismatch(dagster_dev) -> None:
    """Whatever the checkout's folder is called, the code location loads as dagster_project."""
    log = dagster_dev.log.read_text()
    assert "Serving dagster-webserver" in log  # the log of a dagster dev that came up
    assert "does not match the name" not in log, log[-2000:]
