"""The review loop in a real browser: a document's review page (from ``file://``) rejects a
fact, edits one and adds a missed one; the downloaded CSV, put in CORRECTIONS_DIR, changes the
marts on the next run, a second run changes nothing, and a text change that takes a corrected
fact away makes its correction stale."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import Browser, Page, expect

from dagster_project.quality.review_pages import review_page_name
from tests.conftest import ROOT, Workspace, make_workspace, run_job

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SAMPLE = "000_ba639974d9f8cf50.txt"

# Selects a few characters around the first number of the text that no fact marks, as an
# analyst's mouse would, and returns the selected text.
SELECT_UNMARKED_NUMBER = """() => {
  const walker = document.createTreeWalker(document.getElementById('text'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('mark')) continue;
    const m = node.textContent.match(/\\d+(?:\\.\\d+)?/);
    if (!m || m.index < 4 || m.index + m[0].length + 2 > node.textContent.length) continue;
    const range = document.createRange();
    range.setStart(node, m.index - 4);
    range.setEnd(node, m.index + m[0].length + 2);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    document.getElementById('text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    return sel.toString();
  }
  return null;
}"""


def _query(ws: Workspace, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _tables(ws: Workspace) -> tuple[list[tuple], list[tuple]]:
    facts = _query(ws, "select * from marts.fct_indicator_value order by fact_id")
    corrections = _query(ws, "select * exclude (reviewed_at) from marts.rpt_corrections order by file, line")
    return facts, corrections


def _evaluation(ws: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dagster_project.tools.evaluation", *args],
        cwd=ROOT,
        env=ws.env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _run(ws: Workspace) -> None:
    done = run_job(ws)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The sample loaded by the main job."""
    ws = make_workspace(tmp_path_factory.mktemp("review"))
    for path in (ROOT / "raw").iterdir():
        shutil.copy(path, ws.raw / path.name)
    _run(ws)
    return ws


def _open(browser: Browser, ws: Workspace) -> Page:
    page = browser.new_page(viewport={"width": 1500, "height": 950}, accept_downloads=True)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((ws.reports / review_page_name(SAMPLE)).as_uri())
    expect(page.locator("#decision-count")).to_have_text("0 decisions")
    assert errors == []
    return page


def test_review_decisions_become_lasting_corrections(ws: Workspace, browser: Browser, tmp_path: Path) -> None:
    facts = _query(
        ws,
        "select fact_id, value from marts.fct_indicator_value where source_file = ? order by char_start",
        [SAMPLE],
    )
    page = _open(browser, ws)
    assert page.locator("#text mark[data-fact-id]").count() >= len(facts) - 5  # overlapping values aside
    (reject_id, _), (edit_id, old_value) = facts[0], facts[1]

    page.locator(f'#text mark[data-fact-id="{reject_id}"]').click()
    expect(page.locator("#detail")).to_contain_text(reject_id)
    page.fill("#note", "not an indicator value")
    page.click("#reject")
    page.locator(f'#text mark[data-fact-id="{edit_id}"]').click()
    page.click("#edit")
    page.fill('#edit-form input[name="value"]', str(old_value + 1))
    page.get_by_role("button", name="Save edit").click()
    evidence = page.evaluate(SELECT_UNMARKED_NUMBER)
    assert evidence
    expect(page.locator("#add-form")).to_be_visible()
    page.fill('#add-form input[name="indicator_text"]', "测试指标")
    page.select_option('#add-form select[name="measure"]', "level")
    page.get_by_role("button", name="Add fact").click()
    expect(page.locator("#decision-count")).to_have_text("3 decisions")
    with page.expect_download() as download:
        page.click("#download")
    download.value.save_as(ws.corrections / "review.csv")
    page.screenshot(path=str(tmp_path / "review_page.png"), full_page=False)
    page.close()

    with (ws.corrections / "review.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f))
    assert [(r["action"], r["fact_id"], r["field"]) for r in lines] == [
        ("reject", reject_id, ""),
        ("set", edit_id, "value"),
        ("add", "", ""),
    ]
    assert lines[2]["evidence"] == evidence.strip() and lines[2]["source_file"] == SAMPLE

    (ws.corrections / "broken.csv").write_text("action,fact_id\ndelete,f1\n", encoding="utf-8")
    _run(ws)
    assert _query(ws, "select status, why from marts.rpt_corrections where file = 'broken.csv'") == [
        ("invalid", "broken.csv:2: action must be one of accept, reject, set, add, not 'delete'")
    ]
    assert _query(ws, "select count(*) from marts.fct_indicator_value where fact_id = ?", [reject_id]) == [
        (0,)
    ]
    assert _query(
        ws, "select value, corrected from marts.fct_indicator_value where fact_id = ?", [edit_id]
    ) == [(old_value + 1, True)]
    added = _query(
        ws,
        "select indicator_text, measure, corrected from marts.fct_indicator_value where evidence = ? "
        "and region_source = 'correction'",
        [evidence.strip()],
    )
    assert added == [("测试指标", "level", True)]
    assert _query(
        ws, "select action, status from marts.rpt_corrections where file = 'review.csv' order by line"
    ) == [
        ("reject", "applied"),
        ("set", "applied"),
        ("add", "applied"),
    ]
    before = _tables(ws)
    _run(ws)
    assert _tables(ws) == before

    # The review page after the run shows the rejected fact apart and the edit as corrected.
    page = _open(browser, ws)
    expect(page.locator("#rejected")).to_contain_text("not an indicator value")
    assert page.locator(f'#text mark[data-fact-id="{reject_id}"]').count() == 0
    page.locator(f'#text mark[data-fact-id="{edit_id}"]').click()
    expect(page.locator("#detail")).to_contain_text("corrected")
    page.close()

    # The reviewed document becomes test data: its corrected facts as gold rows, which the text
    # core (that never read the corrections) is then scored against.
    gold = tmp_path / "gold.csv"
    exported = _evaluation(ws, "--export-gold", str(gold))
    assert exported.returncode == 0, exported.stderr
    with gold.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(facts) and {r["file"] for r in rows} == {SAMPLE}
    assert ("测试指标", "level") in {(r["indicator_text"], r["measure"]) for r in rows}
    assert f"{old_value + 1:g}" in {r["value"] for r in rows}
    scored = _evaluation(ws, "--docs", str(ws.raw), "--gold", str(gold), "--show", "5")
    assert "MISS" in scored.stdout and "测试指标" in scored.stdout

    # The edited fact's sentence leaves the text: its correction is stale, and says so.
    edited_evidence = _query(ws, "select evidence from int.int_indicator_values where fact_id = ?", [edit_id])
    raw = ws.raw / SAMPLE
    raw.write_text(raw.read_text(encoding="utf-8").replace(edited_evidence[0][0], "", 1), encoding="utf-8")
    _run(ws)
    status = dict(
        _query(
            ws,
            "select action, status || ': ' || coalesce(why, '') from marts.rpt_corrections "
            "where file = 'review.csv'",
        )
    )
    assert status["set"].startswith("stale: fact ") and "no longer produced" in status["set"]
    assert status["add"] == "applied: "
    assert "stale" in (ws.reports / "index.html").read_text(encoding="utf-8")
