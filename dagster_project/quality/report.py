"""The data-quality report: an index page a reviewer opens first, and one page per document.

The index: the facts waiting for review (by reason, then the first of them), the checks
that failed or warned, files not loaded and why, a chart of the headline indicators, and
every document with its counts. Each document's page (``document_pages``) starts with its
own review queue.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

import duckdb

from dagster_project.quality.chart import headline_svg
from dagster_project.quality.document_pages import document_page_name, write_pages
from dagster_project.quality.gx_suites import SuiteOutcome
from dagster_project.quality.html import page, rows_of, table
from dagster_project.quality.review_pages import review_page_name
from dagster_project.settings import DUCKDB_CONFIG

CHART_GROUPS = 40  # regions drawn in one period's headline chart
CHART_PERIODS = 3  # periods drawn, latest first, one chart each
REVIEW_SHOWN = 200  # facts for review listed on the index (all are on the document pages)


def _dbt_failures(dbt_results: Path | None) -> list[dict]:
    if dbt_results is None or not dbt_results.exists():
        return []
    results = json.loads(dbt_results.read_text(encoding="utf-8")).get("results", [])
    return [
        {
            "check": r["unique_id"].split(".")[-2] if r["unique_id"].count(".") > 2 else r["unique_id"],
            "status": r["status"],
            "message": r.get("message") or f"{r.get('failures')} failing rows",
        }
        for r in results
        if r.get("status") in ("fail", "warn", "error")
    ]


def _charts(headline: list[dict]) -> tuple[list[tuple[str, list[dict]]], str]:
    """One chart per period, latest first (growth over a half-year and over three quarters
    are not comparable on one axis): at most CHART_PERIODS periods and CHART_GROUPS regions
    each, those with most facts, and a note on what is left out."""
    periods: dict[str, list[dict]] = {}
    for row in headline:
        periods.setdefault(str(row.get("period_code") or "unknown period"), []).append(row)
    latest = sorted(periods, reverse=True)[:CHART_PERIODS]
    charts = []
    for period in latest:
        rows = sorted(periods[period], key=lambda r: -(r.get("n_facts") or 0))[:CHART_GROUPS]
        charts.append((period, sorted(rows, key=lambda r: str(r.get("region_name")))))
    shown = sum(len(rows) for _, rows in charts)
    note = (
        f"<p class='muted'>{shown} of {len(headline)} region × period groups shown: the latest "
        f"{len(charts)} period(s), the regions with most facts; query marts.fct_region_period_headline "
        "for all.</p>"
        if shown < len(headline)
        else ""
    )
    return charts, note


def _corrections_summary(corrections: list[dict]) -> str:
    """How many corrections apply, and every one that does not (stale or invalid) with why."""
    if not corrections:
        return "<p class='muted'>no corrections in CORRECTIONS_DIR</p>"
    counts = {s: sum(1 for c in corrections if c["status"] == s) for s in ("applied", "stale", "invalid")}
    summary = (
        f"<p>{counts['applied']} applied · <span class='{'fail' if counts['stale'] else 'ok'}'>"
        f"{counts['stale']} stale</span> · <span class='{'fail' if counts['invalid'] else 'ok'}'>"
        f"{counts['invalid']} invalid</span></p>"
    )
    columns = [("file", "file"), ("line", "line"), ("action", "action"), ("fact_id", "fact"),
               ("source_file", "document"), ("status", "status"), ("why", "why")]  # fmt: skip
    return summary + table([c for c in corrections if c["status"] != "applied"], columns, "all apply")


@dataclass
class _Marts:
    """What the index page shows, read from the marts in one connection."""

    files: list[dict]
    documents: list[dict]  # with their links and counts of rows (``document_pages``)
    headline: list[dict]
    review: list[dict]
    by_reason: list[dict]
    corrections: list[dict]


def _read_marts(con: duckdb.DuckDBPyConnection, out: Path) -> _Marts:
    """Read the marts the index shows and write the pages of documents whose rows changed."""
    documents = rows_of(con, "select * from marts.dim_document order by source_file")
    counts = write_pages(con, out, documents)
    for doc in documents:
        name = doc["source_file"]
        doc["link"] = f'<a href="{escape(document_page_name(name))}">{escape(name)}</a>'
        doc["review"] = f'<a href="{escape(review_page_name(name))}">review</a>'
        doc.update({f"n_{part}": n for part, n in counts[name].items()})
    review = rows_of(
        con,
        "select source_file, reason, detail, region_name, period_code, indicator_text, value, unit, "
        "evidence from marts.rpt_facts_for_review order by source_file, reason limit ?",
        [REVIEW_SHOWN],
    )
    for row in review:
        row["file"] = (
            f'<a href="{escape(document_page_name(row["source_file"]))}">{escape(row["source_file"])}</a>'
        )
    return _Marts(
        files=rows_of(con, "select * from marts.dim_source_file order by source_file"),
        documents=documents,
        headline=rows_of(
            con, "select * from marts.fct_region_period_headline order by period_code, region_name"
        ),
        review=review,
        by_reason=rows_of(
            con,
            "select reason, any_value(detail) as detail, count(distinct fact_id) as facts "
            "from marts.rpt_facts_for_review group by reason order by facts desc",
        ),
        corrections=rows_of(
            con,
            "select file, line, action, fact_id, source_file, status, why from marts.rpt_corrections "
            "order by status = 'applied', file, line",
        ),
    )


def _summary(marts: _Marts, outcomes: list[SuiteOutcome], dbt_failed: list[dict]) -> str:
    """The line at the top: files by status, facts, suites passed, dbt tests failing."""
    status = {s: sum(1 for f in marts.files if f["status"] == s) for s in ("loaded", "duplicate", "rejected")}
    passed = sum(o.success for o in outcomes)
    return (
        f"<p>Files: {status['loaded']} loaded, {status['duplicate']} duplicate, "
        f"{status['rejected']} rejected · facts: {sum(d['n_facts'] for d in marts.documents)} · "
        f"GX suites: <span class='{'ok' if passed == len(outcomes) else 'fail'}'>"
        f"{passed}/{len(outcomes)} passed</span> · dbt tests failing or warning: "
        f"<span class='{'fail' if dbt_failed else 'ok'}'>{len(dbt_failed)}</span> · "
        '<a href="gx/index.html">Great Expectations Data Docs</a></p>'
    )


def _review_section(marts: _Marts) -> list[str]:
    """The facts for review, by reason and the first of them."""
    columns = [("file", "file"), ("reason", "reason"), ("region_name", "region"), ("period_code", "period")]
    columns += [
        ("indicator_text", "indicator"),
        ("value", "value"),
        ("unit", "unit"),
        ("evidence", "evidence"),
    ]
    more = len(marts.review) >= REVIEW_SHOWN
    return [
        f"<h2>Facts for review ({sum(r['facts'] for r in marts.by_reason)})</h2>",
        table(
            marts.by_reason,
            [("reason", "reason"), ("facts", "facts"), ("detail", "why")],
            "no fact needs review",
        ),
        table(marts.review, columns, "", raw=("file",))
        + (
            f"<p class='muted'>the first {REVIEW_SHOWN} of them; every document's page lists its own.</p>"
            if more
            else ""
        ),
    ]


def _checks_section(outcomes: list[SuiteOutcome], dbt_failed: list[dict]) -> list[str]:
    """The GX expectations that failed (structural) or warned (content), and dbt tests."""
    failed = [{"suite": o.suite, "table": o.table, "message": m} for o in outcomes for m in o.failed]
    warned = [{"suite": o.suite, "table": o.table, "message": m} for o in outcomes for m in o.warnings]
    where = [("suite", "GX suite"), ("table", "table")]
    return [
        "<h2>Checks that failed or warned</h2>",
        table(failed, [*where, ("message", "structural check that failed")], "no structural check failed"),
        table(
            warned,
            [*where, ("message", "content check that warned (rows flagged)")],
            "no content check warned",
        ),
        table(
            dbt_failed,
            [("check", "dbt test"), ("status", "status"), ("message", "message")],
            "all dbt tests passed",
        ),
    ]


def _documents_section(marts: _Marts) -> list[str]:
    """Files not loaded and why, then every document with its counts and links."""
    columns = [
        ("link", "file"),
        ("review", "review page"),
        ("title", "title"),
        ("published_date", "published"),
    ]
    columns += [("period_code", "period"), ("region_name", "region"), ("n_sections", "sections")]
    columns += [
        ("accounted_share", "text placed"),
        ("n_facts", "facts"),
        ("n_unexplained", "unexplained numbers"),
    ]
    columns += [("n_layout", "low-confidence joins"), ("n_conflicts", "conflicts"), ("flags", "flags")]
    not_loaded = [f for f in marts.files if f["status"] != "loaded"]
    return [
        "<h2>Files not loaded</h2>",
        table(
            not_loaded,
            [("source_file", "file"), ("status", "status"), ("reason", "reason"), ("flags", "flags")],
            "every file was loaded",
        ),
        f"<h2>Documents ({len(marts.documents)})</h2>",
        table(marts.documents, columns, "no documents loaded", raw=("link", "review")),
    ]


def build_report(
    warehouse_path: str | Path,
    reports_dir: str | Path,
    outcomes: list[SuiteOutcome],
    dbt_results: Path | None = None,
) -> Path:
    """Write ``index.html`` and one page per document under ``reports_dir``; returns the index.

    A document's page is written again only when its rows changed, so adding one document
    to a large warehouse writes one page and the index.
    """
    out = Path(reports_dir)
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse_path), read_only=True, config=DUCKDB_CONFIG)
    try:
        marts = _read_marts(con, out)
    finally:
        con.close()
    dbt_failed = _dbt_failures(dbt_results)
    charts, chart_note = _charts(marts.headline)
    body = [
        "<h1>数据质量报告 · Data-quality report</h1>",
        _summary(marts, outcomes, dbt_failed),
        *_review_section(marts),
        f"<h2>Analysts' corrections ({len(marts.corrections)})</h2>",
        _corrections_summary(marts.corrections),
        "<h2>Headline indicators by region (growth, %), one chart per period</h2>",
        *(f"<h3>{escape(period)}</h3>{headline_svg(rows)}" for period, rows in charts),
        chart_note if charts else headline_svg([]),
        *_checks_section(outcomes, dbt_failed),
        *_documents_section(marts),
    ]
    index = out / "index.html"
    index.write_text(page("数据质量报告 · Data-quality report", body), encoding="utf-8")
    return index
