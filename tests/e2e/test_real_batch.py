"""One run over a batch of real texts of every kind, the sample and a text of several MB:
the run succeeds, every file is accounted for, doubtful facts load and wait for review."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from dagster_project.tools.evaluation import load_gold, score
from tests.conftest import ROOT, make_workspace, run_job

DEV = ROOT / "tests" / "fixtures" / "corpus" / "dev"
BIG = "big_sample_x200.txt"
SHARED = "2016-01-20_gulou_report.txt"  # names only 鼓楼区, which four cities have


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory: pytest.TempPathFactory):
    ws = make_workspace(tmp_path_factory.mktemp("batch"))
    for path in (DEV / "docs").iterdir():
        shutil.copy(path, ws.raw / path.name)
    for path in (ROOT / "raw").iterdir():
        shutil.copy(path, ws.raw / path.name)
    sample = next((ROOT / "raw").glob("*.txt")).read_text(encoding="utf-8")
    (ws.raw / BIG).write_text((sample + "\n\n") * 200, encoding="utf-8")  # 3.9 MB
    report = "现在，我代表鼓楼区人民政府作工作报告。\n2015年，全区实现地区生产总值520亿元，增长8.5%。\n"
    (ws.raw / SHARED).write_text(report, encoding="utf-8")
    done = run_job(ws, timeout=1500)
    return ws, done


def _rows(ws, sql: str) -> list[tuple]:
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _predicted(ws) -> list[tuple]:
    return _rows(
        ws,
        "select source_file, region_name, period_code, indicator_text, indicator_name, measure, value, unit "
        "from marts.fct_indicator_value",
    )


def test_the_run_succeeds_with_warnings_not_failures(batch_run) -> None:
    _, done = batch_run
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    assert " 0 failed" in done.stdout and "warned" in done.stdout


def test_every_file_is_listed_and_the_big_text_is_read_or_quarantined(batch_run) -> None:
    ws, _ = batch_run
    files = dict(_rows(ws, "select source_file, status from marts.dim_source_file"))
    assert set(files) == {p.name for p in ws.raw.glob("*.txt")}
    assert files[BIG] in ("loaded", "rejected")
    if files[BIG] == "rejected":
        (reason,) = _rows(ws, f"select reason from marts.dim_source_file where source_file = '{BIG}'")[0]
        assert reason.startswith(f"{BIG}: quarantined:")
    assert {name: status for name, status in files.items() if name != BIG} == dict.fromkeys(
        set(files) - {BIG}, "loaded"
    )


def test_the_sample_keeps_its_labelled_facts(batch_run) -> None:
    ws, _ = batch_run
    gold = load_gold(ROOT / "tests" / "fixtures" / "seed_facts.csv", default_file="000_ba639974d9f8cf50.txt")
    assert score(gold, _predicted(ws)).f1 >= 0.97


def test_the_real_texts_score_through_the_whole_pipeline(batch_run) -> None:
    ws, _ = batch_run
    assert score(load_gold(DEV / "gold.csv"), _predicted(ws)).f1 >= 0.82


def test_doubtful_facts_load_and_wait_for_review(batch_run) -> None:
    ws, _ = batch_run
    reasons = dict(_rows(ws, "select reason, count(*) from marts.rpt_facts_for_review group by 1"))
    assert reasons.get("region_unknown", 0) > 0  # texts that never name their place
    unplaced = _rows(ws, "select count(*) from marts.fct_indicator_value where region_name is null")[0][0]
    assert unplaced == reasons["region_unknown"]
    shared = _rows(
        ws, f"select region_name, region_code from marts.fct_indicator_value where source_file = '{SHARED}'"
    )
    assert shared and set(shared) == {("鼓楼区", None)}  # the name kept, no city guessed
    assert reasons.get("region_ambiguous") == len(shared)
    in_headline = _rows(
        ws,
        "select count(*) from marts.fct_region_period_headline "
        "where region_code is null or period_code is null",
    )[0][0]
    assert in_headline == 0
    index = (ws.reports / "index.html").read_text(encoding="utf-8")
    assert index.index("Facts for review") < index.index("Headline indicators")
