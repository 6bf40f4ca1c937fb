"""The data-quality report's index page, the page a reviewer opens first.

Per document: its sections, facts, numbers left unexplained, low-confidence layout
joins, conflicting values and failed checks, each with the sentence it concerns;
a chart of the headline indicators; links to the Great Expectations Data Docs.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import duckdb

from dagster_project.quality.chart import headline_svg
from dagster_project.quality.gx_suites import SuiteOutcome

STYLE = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Source Han Sans SC",sans-serif;
margin:24px;color:#222}
table{border-collapse:collapse;margin:8px 0 18px;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;
vertical-align:top}th{background:#f3f3f3}.fail{color:#b00020;font-weight:bold}.ok{color:#1b7a1b}
section.doc{border-top:3px solid #4e79a7;margin-top:28px}.muted{color:#777}
"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    try:
        cursor = con.execute(sql, params or [])
    except duckdb.CatalogException:
        return []
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _table(rows: list[dict], columns: list[tuple[str, str]], empty: str = "none") -> str:
    if not rows:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(title)}</th>" for _, title in columns)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{escape('' if r.get(k) is None else str(r.get(k)))}</td>" for k, _ in columns)
        + "</tr>"
        for r in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


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


def build_report(
    warehouse_path: str | Path,
    reports_dir: str | Path,
    outcomes: list[SuiteOutcome],
    dbt_results: Path | None = None,
) -> Path:
    """Write ``index.html`` under ``reports_dir`` and return its path."""
    out = Path(reports_dir)
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        files = _rows(con, "select * from marts.dim_source_file order by source_file")
        documents = _rows(con, "select * from marts.dim_document order by source_file")
        headline = _rows(
            con, "select * from marts.fct_region_period_headline order by period_code, region_name"
        )
        queries = {
            "sections": "select source_file, section_no, headline, speaker_title, speaker_name, speaker_org, "
            "region_name from stg.stg_sections order by source_file, section_no",
            "facts": "select source_file, region_name, period_code, indicator_text, indicator_name, "
            "measure, value, unit, qualifier, evidence from marts.fct_indicator_value "
            "order by source_file, char_start",
            "unexplained": "select source_file, speaker_org, number_text, sentence "
            "from marts.rpt_unexplained_numbers order by source_file, char_start",
            "layout": "select source_file, kind, left_block, right_block, confidence, evidence "
            "from marts.rpt_flagged_layout order by source_file, decision_no",
            "conflicts": "select source_file_a, region_name, period_code, indicator_key, value_a, "
            "evidence_a, source_file_b, value_b, evidence_b from marts.rpt_conflicting_values",
        }
        per_doc = {doc["source_file"]: {part: [] for part in queries} for doc in documents}
        for part, sql in queries.items():
            for row in _rows(con, sql):
                owners = (
                    (row["source_file_a"], row["source_file_b"])
                    if part == "conflicts"
                    else (row["source_file"],)
                )
                for owner in dict.fromkeys(owners):
                    if owner in per_doc:
                        per_doc[owner][part].append(row)
    finally:
        con.close()
    dbt_failed = _dbt_failures(dbt_results)
    gx_failed = [{"suite": o.suite, "table": o.table, "message": m} for o in outcomes for m in o.failed]
    n_facts = sum(len(d["facts"]) for d in per_doc.values())
    status_counts = {
        s: sum(1 for f in files if f["status"] == s) for s in ("loaded", "duplicate", "rejected")
    }
    passed = sum(o.success for o in outcomes)
    html = [
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>数据质量报告 · Data-quality report</title><style>{STYLE}</style></head><body>",
        "<h1>数据质量报告 · Data-quality report</h1>",
        f"<p>Files: {status_counts['loaded']} loaded, {status_counts['duplicate']} duplicate, "
        f"{status_counts['rejected']} rejected · facts: {n_facts} · "
        f"GX suites: <span class='{'ok' if passed == len(outcomes) else 'fail'}'>"
        f"{passed}/{len(outcomes)} passed</span> · dbt tests failing or warning: "
        f"<span class='{'fail' if dbt_failed else 'ok'}'>{len(dbt_failed)}</span> · "
        '<a href="gx/index.html">Great Expectations Data Docs</a></p>',
        "<h2>Headline indicators by region and period (growth, %)</h2>",
        headline_svg(headline),
        "<h2>Failed checks</h2>",
        _table(
            gx_failed,
            [("suite", "GX suite"), ("table", "table"), ("message", "what failed")],
            "all GX suites passed",
        ),
        _table(
            dbt_failed,
            [("check", "dbt test"), ("status", "status"), ("message", "message")],
            "all dbt tests passed",
        ),
        "<h2>Source files</h2>",
        _table(
            files, [("source_file", "file"), ("status", "status"), ("reason", "reason"), ("flags", "flags")]
        ),
    ]
    for doc in documents:
        parts = per_doc[doc["source_file"]]
        html += [
            f'<section class="doc"><h2>{escape(doc["source_file"])}: {escape(doc.get("title") or "")}</h2>',
            f"<p>Published {escape(str(doc.get('published_date') or 'unknown'))} · period "
            f"{escape(str(doc.get('period_code') or 'unknown'))} · "
            f"region {escape(str(doc.get('region_name') or '—'))}"
            f" · flags {escape(str(doc.get('flags') or 'none'))}</p>",
            "<h3>Sections</h3>",
            _table(
                parts["sections"],
                [
                    ("section_no", "#"),
                    ("speaker_org", "org"),
                    ("speaker_name", "speaker"),
                    ("region_name", "speaks for"),
                    ("headline", "headline"),
                ],
            ),
            f"<h3>Facts ({len(parts['facts'])})</h3>",
            _table(
                parts["facts"],
                [
                    ("region_name", "region"),
                    ("period_code", "period"),
                    ("indicator_text", "indicator"),
                    ("measure", "measure"),
                    ("value", "value"),
                    ("unit", "unit"),
                    ("qualifier", "bound"),
                    ("evidence", "evidence"),
                ],
            ),
            f"<h3>Unexplained numbers ({len(parts['unexplained'])})</h3>",
            _table(
                parts["unexplained"],
                [("speaker_org", "section"), ("number_text", "number"), ("sentence", "sentence")],
            ),
            f"<h3>Low-confidence layout joins ({len(parts['layout'])})</h3>",
            _table(
                parts["layout"],
                [
                    ("kind", "kind"),
                    ("left_block", "from block"),
                    ("right_block", "to block"),
                    ("confidence", "confidence"),
                    ("evidence", "evidence"),
                ],
            ),
            f"<h3>Conflicting values ({len(parts['conflicts'])})</h3>",
            _table(
                parts["conflicts"],
                [
                    ("region_name", "region"),
                    ("period_code", "period"),
                    ("indicator_key", "indicator"),
                    ("value_a", "value"),
                    ("evidence_a", "evidence"),
                    ("source_file_b", "other file"),
                    ("value_b", "other value"),
                    ("evidence_b", "other evidence"),
                ],
            ),
            "</section>",
        ]
    html.append("</body></html>")
    index = out / "index.html"
    index.write_text("\n".join(html), encoding="utf-8")
    return index
