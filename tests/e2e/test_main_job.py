"""The main job end to end on the sample: raw file → staging → dbt marts → report."""

from __future__ import annotations

import duckdb

from dagster_project.tools.evaluation import load_gold, score
from tests.conftest import ROOT, SAMPLE


def _query(ws, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_summary_names_documents_facts_checks_and_locations(sample_run) -> None:
    ws, done = sample_run
    out = done.stdout
    assert "documents: 1 loaded, 0 duplicate, 0 rejected" in out
    assert "渝北区:" in out and "重庆市:" in out
    assert "checks:" in out and " 0 failed" in out
    assert str(ws.warehouse) in out and str(ws.reports / "index.html") in out


def test_fact_table_has_the_contract_columns(sample_run) -> None:
    ws, _ = sample_run
    columns = [r[0] for r in _query(ws, "describe marts.fct_indicator_value")]
    assert columns[:16] == [
        "fact_id",
        "document_id",
        "source_file",
        "region_code",
        "region_name",
        "period_code",
        "indicator_code",
        "indicator_name",
        "indicator_text",
        "measure",
        "value",
        "unit",
        "qualifier",
        "evidence",
        "speaker_name",
        "speaker_org",
    ]


def test_headline_fact_is_traceable_to_its_sentence(sample_run) -> None:
    ws, _ = sample_run
    rows = _query(
        ws,
        "select region_code, period_code, value, unit, speaker_name, evidence from marts.fct_indicator_value "
        "where region_name = '渝北区' and indicator_code = 'gdp' and measure = 'growth_pct'",
    )
    assert len(rows) == 1
    region_code, period, value, unit, speaker, evidence = rows[0]
    assert (region_code, period, value, unit, speaker) == ("500112", "2025-H1", 7.1, "%", "杨晓云")
    assert "7.1%" in evidence and "GDP" in evidence


def test_city_department_speaks_for_the_city(sample_run) -> None:
    ws, _ = sample_run
    rows = _query(
        ws,
        "select distinct region_name, region_code from marts.fct_indicator_value "
        "where speaker_org like '%商务委%'",
    )
    assert rows == [("重庆市", "500000")]


def test_seed_scores_above_the_floor(sample_run) -> None:
    ws, _ = sample_run
    gold = load_gold(
        __import__("pathlib").Path(__file__).parents[1] / "fixtures" / "seed_facts.csv",
        default_file="000_ba639974d9f8cf50.txt",
    )
    predicted = _query(
        ws,
        "select source_file, region_name, period_code, indicator_text, indicator_name, measure, value, unit "
        "from marts.fct_indicator_value",
    )
    result = score(gold, predicted)
    assert result.f1 >= 0.97, result


def test_report_is_published(sample_run) -> None:
    ws, _ = sample_run
    from dagster_project.quality.report import document_page_name

    index = (ws.reports / "index.html").read_text(encoding="utf-8")
    assert "渝北区" in index
    (sample,) = [p.name for p in ws.raw.glob("*.txt")]
    assert document_page_name(sample) in index
    page = (ws.reports / document_page_name(sample)).read_text(encoding="utf-8")
    assert "杨晓云" in page and "渝北区" in page
    assert any((ws.reports / "gx").rglob("*.html"))


def test_rerun_gives_identical_marts(sample_run) -> None:
    from tests.conftest import run_job

    ws, _ = sample_run
    sql = "select * from marts.fct_indicator_value order by fact_id"
    before = _query(ws, sql)
    done = run_job(ws)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _query(ws, sql) == before


def _readme_changes_query(previous) -> str:
    """The README's "what changed since the last run" query, pointed at ``previous``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("What changed since the last run", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    return block.replace("data/warehouse.previous.duckdb", str(previous))


def test_the_previous_warehouse_is_kept_and_the_readme_diff_query_works(sample_run) -> None:
    from tests.conftest import run_job

    ws, _ = sample_run
    previous = ws.warehouse.with_name("warehouse.previous.duckdb")
    assert run_job(ws).returncode == 0
    assert previous.exists()
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        assert con.execute(_readme_changes_query(previous)).fetchall() == []  # nothing changed
    finally:
        con.close()
    extra = ws.raw / "2025-07-26_extra.txt"
    extra.write_text(
        "北碚区经济运行\n\n北碚区委书记 张三\n\n上半年，全区GDP增长6.1%，社会消费品零售总额增长4.2%。\n",
        "utf-8",
    )
    try:
        assert run_job(ws).returncode == 0
        con = duckdb.connect(str(ws.warehouse), read_only=True)
        try:
            changes = con.execute(_readme_changes_query(previous)).fetchall()
        finally:
            con.close()
        assert sorted(row[1] for row in changes) == ["added", "added"]
        extra.write_text(extra.read_text("utf-8") + "\n（本报记者 李四）\n", "utf-8")  # the file changes
        assert run_job(ws).returncode == 0
        facts = "select count(*) from marts.fct_indicator_value where source_file = ?"
        assert _query(ws, facts, [extra.name]) == [(2,)]  # replaced, not doubled
    finally:
        extra.unlink()
        assert run_job(ws).returncode == 0
    history = _query(
        ws,
        "select superseded_because, is_current from marts.dim_source_file_history "
        "where source_file = ? order by first_seen_at",
        [extra.name],
    )
    assert history == [("changed", False), ("removed", False)]
    assert _query(ws, facts, [extra.name]) == [(0,)]
    sample = _query(
        ws,
        "select is_current, status from marts.dim_source_file_history where source_file = ?",
        [SAMPLE.name],
    )
    assert sample == [(True, "loaded")]
