"""The Dagster UI in a real browser: materialize everything from the asset graph, wait
for the launched run (or backfill, when there are several files) to succeed, and see the
asset checks shown as passed."""

from __future__ import annotations

import re
import time

import dagster as dg
import duckdb
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import open_instance
from tests.ui.conftest import reading_in_a_loop

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

RUN_SECONDS = 600
CHECKED_ASSETS = (("marts", "fct_indicator_value"), ("staging", "parsed_documents"))


def _shot(page: Page, folder, name: str) -> None:
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def _runs(home) -> dict[str, dg.DagsterRun]:
    with open_instance(home) as instance:
        return {run.run_id: run for run in instance.get_runs()}


MARTS = ("fct_indicator_value", "dim_document", "dim_source_file", "rpt_facts_for_review")


def _marts(warehouse) -> dict[str, list[str]]:
    """The public marts' rows, in a stable order."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {
            table: sorted(map(repr, con.execute(f"select * from marts.{table}").fetchall()))
            for table in MARTS
        }
    finally:
        con.close()


def test_materialize_all_from_the_ui_and_see_checks_pass(dagster_dev, browser: Browser, tmp_path) -> None:
    known = set(_runs(dagster_dev.ws.home))
    by_command = _marts(dagster_dev.ws.warehouse)
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(f"{dagster_dev.url}/asset-groups", wait_until="networkidle")
    for group in ("ingest", "parse", "dbt_marts", "quality"):
        expect(page.get_by_role("button", name=group).first).to_be_visible(timeout=60_000)
    _shot(page, tmp_path, "1_asset_graph")

    page.get_by_role("button", name="Materialize all").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Launch runs to materialize", timeout=60_000)
    dialog.get_by_role("button", name="All", exact=True).click()
    expect(dialog).to_contain_text("1 partition")
    _shot(page, tmp_path, "2_launch_dialog")
    with reading_in_a_loop(dagster_dev.ws.warehouse) as reader:  # an analyst's SQL client meanwhile
        dialog.get_by_role("button", name=re.compile(r"^Launch (?:\d+ runs?|backfill)$")).click()
        deadline = time.monotonic() + RUN_SECONDS
        new: list[dg.DagsterRun] = []
        while time.monotonic() < deadline:
            new = [run for run_id, run in _runs(dagster_dev.ws.home).items() if run_id not in known]
            if new and all(run.is_finished for run in new):
                break
            time.sleep(5)
    assert new and all(run.is_success for run in new), dagster_dev.log.read_text()[-4000:]
    print(f"\nreader during the UI run: {reader.reads} queries, {len(reader.refused)} refused")
    assert reader.reads > 0 and reader.refused == [], reader.refused[:3]
    assert not any(run.tags.get("dagster/sensor_name") for run in new)  # launched from the UI
    assert _marts(dagster_dev.ws.warehouse) == by_command  # the same marts by either path
    with open_instance(dagster_dev.ws.home) as instance:
        stats = [instance.get_run_stats(run.run_id) for run in new]
    ui_seconds = max(s.end_time for s in stats) - min(s.start_time for s in stats)
    print(  # a figure for docs/scaling.md, not a timed assertion
        f"\nUI 'Materialize all' run {ui_seconds:.1f} s, the command on the same files "
        f"{dagster_dev.command_seconds:.1f} s (ratio {ui_seconds / dagster_dev.command_seconds:.2f})"
    )

    with open_instance(dagster_dev.ws.home) as instance:
        check = dg.AssetCheckKey(
            dg.AssetKey(["marts", "fct_indicator_value"]), "gx_marts_fct_indicator_value"
        )
        latest = instance.event_log_storage.get_latest_asset_check_execution_by_key([check])[check]
    assert latest.run_id in {run.run_id for run in new}  # the checks shown below come from this run

    for asset in CHECKED_ASSETS:
        page.goto(f"{dagster_dev.url}/assets/{'/'.join(asset)}?view=checks", wait_until="networkidle")
        body = page.locator("body")
        expect(body).to_contain_text("Succeeded", timeout=60_000)
        text = body.inner_text()
        assert "Failed" not in text and "Execution failed" not in text, text[:2000]
        listed = re.search(r"Checks \((\d+)\)", text)
        assert listed and text.count("Succeeded") >= int(listed.group(1)) > 0, text[:2000]
        _shot(page, tmp_path, f"3_checks_{asset[-1]}")
    page.close()
    assert len(list(tmp_path.glob("*.png"))) == 2 + len(CHECKED_ASSETS)


def test_refresh_everything_is_one_click_in_the_ui(dagster_dev, browser: Browser) -> None:
    """Jobs → refresh_everything → Launch run: nothing to choose, and the sensor then runs
    refresh_warehouse over every file; the marts come out as the command makes them."""
    known = set(_runs(dagster_dev.ws.home))
    by_command = _marts(dagster_dev.ws.warehouse)
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(
        f"{dagster_dev.url}/locations/dagster_project/jobs/refresh_everything/playground",
        wait_until="networkidle",
    )
    skip = page.get_by_role("button", name="Skip")  # Dagster's community dialog on a first visit
    if skip.count():
        skip.click()
    page.get_by_role("button", name=re.compile(r"Launch run", re.I)).click(timeout=60_000)
    deadline = time.monotonic() + RUN_SECONDS
    full: list[dg.DagsterRun] = []
    while time.monotonic() < deadline:
        new = [run for run_id, run in _runs(dagster_dev.ws.home).items() if run_id not in known]
        full = [run for run in new if run.tags.get("dagster/sensor_name") == "start_full_refresh"]
        if full and all(run.is_finished for run in new):
            break
        time.sleep(5)
    page.close()
    assert full and all(run.is_success for run in full), dagster_dev.log.read_text()[-4000:]
    assert full[0].job_name == "refresh_warehouse"
    assert _marts(dagster_dev.ws.warehouse) == by_command
