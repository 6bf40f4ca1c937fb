"""The report page: per-document content, escaped text, and Chinese rendered in Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from dagster_project.quality.gx_suites import SuiteOutcome
from dagster_project.quality.report import build_report, document_page_name

FAILED = SuiteOutcome(
    "staging_numbers", "staging.numbers", False, 2, ["kind: 1 unexpected, e.g. 'unexplained'"], None
)


def test_report_lists_facts_sections_unexplained_numbers_and_failures(
    warehouse: Path, tmp_path: Path
) -> None:
    index = build_report(warehouse, tmp_path, [FAILED])
    page = index.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and 'lang="zh-CN"' in page
    assert "bad.txt: binary file (NUL bytes)" in page  # rejected file with its reason
    assert "staging_numbers" in page and "0/1 passed" in page
    assert "<svg" in page and "渝北区" in page.split("<svg", 1)[1]  # the chart labels regions
    link = f'<a href="{document_page_name("a.txt")}">a.txt</a>'
    assert link in page  # the documents table links each document's page
    doc = (tmp_path / document_page_name("a.txt")).read_text(encoding="utf-8")
    assert "全区GDP、规上工业增加值、固定资产投资分别增长7.1%、10.4%、5%" in doc  # fact evidence
    assert "杨晓云" in doc and "涵养优良作风" in doc  # section
    assert "持续创响“1224”服务品牌" in doc  # unexplained number with its sentence
    assert "全区GDP" not in page  # facts stay on the document's page


def test_text_from_documents_is_escaped(tmp_path: Path) -> None:
    from tests.quality.conftest import FACTS, make_warehouse

    evil = ("f7", *FACTS[0][1:13], "<script>alert(1)</script>增长", *FACTS[0][14:])
    build_report(make_warehouse(tmp_path / "w.duckdb", [evil]), tmp_path / "r", [])
    page = (tmp_path / "r" / document_page_name("a.txt")).read_text("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("batch", [1, 500])  # pages written for one document at a time, or all
def test_each_document_lists_its_own_rows_and_both_sides_of_a_conflict(
    warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    import duckdb

    from dagster_project.quality import document_pages

    monkeypatch.setattr(document_pages, "PAGE_BATCH", batch)

    con = duckdb.connect(str(warehouse))
    con.execute(
        "insert into marts.dim_document values ('d2', 'b.txt', '第二篇', date '2025-07-26', '2025-H1',"
        " '重庆市', null)"
    )
    con.execute(
        "create table marts.rpt_conflicting_values as select '渝北区' as region_name, '2025-H1' as"
        " period_code, 'gdp|growth_pct' as indicator_key, 'a.txt' as source_file_a, 7.1 as value_a,"
        " '全区GDP增长7.1%' as evidence_a, 'b.txt' as source_file_b, 7.3 as value_b,"
        " '渝北区GDP增长7.3%' as evidence_b"
    )
    con.close()
    build_report(warehouse, tmp_path, [])
    doc_a, doc_b = (
        (tmp_path / document_page_name(f)).read_text(encoding="utf-8") for f in ("a.txt", "b.txt")
    )
    assert "a.txt" in doc_a and "第二篇" in doc_b
    assert "渝北区GDP增长7.3%" in doc_a and "渝北区GDP增长7.3%" in doc_b  # the conflict, on both sides
    assert "杨晓云" in doc_a and "杨晓云" not in doc_b  # sections stay with their document
    assert "汽车出口增长41%" in doc_a and "汽车出口增长41%" not in doc_b


def test_pages_are_written_again_only_when_their_rows_change(warehouse: Path, tmp_path: Path) -> None:
    """A second report writes no unchanged page; a changed fact, a new conflict and a new
    document rewrite exactly the pages they appear on; a document gone loses its page."""
    import duckdb

    build_report(warehouse, tmp_path, [])
    page_a = tmp_path / document_page_name("a.txt")
    page_a.write_text("kept", encoding="utf-8")  # a page the next report must leave alone
    build_report(warehouse, tmp_path, [])
    assert page_a.read_text(encoding="utf-8") == "kept"

    con = duckdb.connect(str(warehouse))
    con.execute("update marts.fct_indicator_value set value = 7.2 where fact_id = 'f1'")
    con.execute(
        "insert into marts.dim_document values ('d2', 'b.txt', '第二篇', date '2025-07-26', '2025-H1',"
        " '重庆市', null)"
    )
    con.close()
    build_report(warehouse, tmp_path, [])
    assert "7.2" in page_a.read_text(encoding="utf-8")
    page_b = tmp_path / document_page_name("b.txt")
    assert "第二篇" in page_b.read_text(encoding="utf-8")

    page_a.write_text("kept", encoding="utf-8")
    page_b.write_text("kept", encoding="utf-8")
    con = duckdb.connect(str(warehouse))
    con.execute(
        "create table marts.rpt_conflicting_values as select '渝北区' as region_name, '2025-H1' as"
        " period_code, 'gdp|growth_pct' as indicator_key, 'b.txt' as source_file_a, 7.3 as value_a,"
        " '渝北区GDP增长7.3%' as evidence_a, 'b.txt' as source_file_b, 7.4 as value_b,"
        " '渝北区GDP增长7.4%' as evidence_b"
    )
    con.close()
    build_report(warehouse, tmp_path, [])
    assert page_a.read_text(encoding="utf-8") == "kept"  # the conflict is b.txt's alone
    assert "渝北区GDP增长7.4%" in page_b.read_text(encoding="utf-8")

    con = duckdb.connect(str(warehouse))
    con.execute("delete from marts.dim_document where source_file = 'b.txt'")
    con.close()
    index = build_report(warehouse, tmp_path, [])
    assert not page_b.exists() and "b.txt" not in index.read_text(encoding="utf-8")


@pytest.mark.browser
def test_report_renders_chinese_in_headless_chromium(warehouse: Path, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is missing: run scripts/install_browser.sh (tasks.py test does)")
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    assert fonts.strip(), "no CJK font installed: Chinese would render as boxes"
    index = build_report(warehouse, tmp_path / "r", [FAILED])
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
    ]
    shot = tmp_path / "report.png"
    subprocess.run(
        [chromium, *flags, f"--screenshot={shot}", "--window-size=1280,1600", index.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", index.as_uri()],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "数据质量报告" in dom and "渝北区" in dom
    doc = (tmp_path / "r" / document_page_name("a.txt")).as_uri()
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", doc], check=True, capture_output=True, text=True, timeout=120
    ).stdout
    assert "杨晓云" in dom and "汽车出口增长41%" in dom
    from PIL import Image

    image = Image.open(shot).convert("L")
    assert image.size == (1280, 1600)
    colours = image.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 20  # text and bars drawn, not a blank page


def test_each_period_has_its_own_chart_latest_first_and_bounded() -> None:
    from dagster_project.quality.report import CHART_GROUPS, CHART_PERIODS, _charts

    periods = ["2018-Q1Q3", "2024-Y", "2025-H1", "2025-Q1"][: CHART_PERIODS + 1]
    rows = [
        {"region_name": f"区{i:03d}", "period_code": period, "n_facts": i, "gdp_growth_pct": 5.0}
        for period in periods
        for i in range(CHART_GROUPS + 1)
    ]
    charts, note = _charts(rows)
    assert [period for period, _ in charts] == sorted(periods, reverse=True)[:CHART_PERIODS]
    for period, shown in charts:  # never two periods on one axis
        assert len(shown) == CHART_GROUPS and {r["period_code"] for r in shown} == {period}
        assert "区000" not in {r["region_name"] for r in shown}  # the region with fewest facts left out
    assert f"{CHART_GROUPS * CHART_PERIODS} of {len(rows)}" in note
    few = [{**rows[0], "period_code": "2018-Q1Q3"}, {**rows[1], "period_code": "2025-H1"}]
    charts, note = _charts(few)
    assert [p for p, _ in charts] == ["2025-H1", "2018-Q1Q3"] and note == ""
