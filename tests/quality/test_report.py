"""The report page: per-document content, escaped text, and Chinese rendered in Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from dagster_project.quality.gx_suites import SuiteOutcome
from dagster_project.quality.report import build_report

FAILED = SuiteOutcome(
    "staging_numbers", "staging.numbers", False, 2, ["kind: 1 unexpected, e.g. 'unexplained'"], None
)


def test_report_lists_facts_sections_unexplained_numbers_and_failures(
    warehouse: Path, tmp_path: Path
) -> None:
    page = build_report(warehouse, tmp_path, [FAILED]).read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and 'lang="zh-CN"' in page
    assert "全区GDP、规上工业增加值、固定资产投资分别增长7.1%、10.4%、5%" in page  # fact evidence
    assert "杨晓云" in page and "涵养优良作风" in page  # section
    assert "持续创响“1224”服务品牌" in page  # unexplained number with its sentence
    assert "bad.txt: binary file (NUL bytes)" in page  # rejected file with its reason
    assert "staging_numbers" in page and "0/1 passed" in page
    assert "<svg" in page and "渝北区" in page.split("<svg", 1)[1]  # the chart labels regions


def test_text_from_documents_is_escaped(tmp_path: Path) -> None:
    from tests.quality.conftest import FACTS, make_warehouse

    evil = ("f7", *FACTS[0][1:13], "<script>alert(1)</script>增长", *FACTS[0][14:])
    page = build_report(make_warehouse(tmp_path / "w.duckdb", [evil]), tmp_path / "r", []).read_text("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_each_document_lists_its_own_rows_and_both_sides_of_a_conflict(
    warehouse: Path, tmp_path: Path
) -> None:
    import duckdb

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
    page = build_report(warehouse, tmp_path, []).read_text(encoding="utf-8")
    doc_a, doc_b = page.split('<section class="doc">')[1:3]
    assert "a.txt" in doc_a and "b.txt" in doc_b
    assert "渝北区GDP增长7.3%" in doc_a and "渝北区GDP增长7.3%" in doc_b  # the conflict, on both sides
    assert "杨晓云" in doc_a and "杨晓云" not in doc_b  # sections stay with their document
    assert "汽车出口增长41%" in doc_a and "汽车出口增长41%" not in doc_b


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
    assert "数据质量报告" in dom and "杨晓云" in dom and "渝北区" in dom
    from PIL import Image

    image = Image.open(shot).convert("L")
    assert image.size == (1280, 1600)
    colours = image.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 20  # text and bars drawn, not a blank page
