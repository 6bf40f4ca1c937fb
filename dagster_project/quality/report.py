"""The data-quality report: an index page a reviewer opens first, and one page per document.

The index: checks that failed, files not loaded and why, a chart of the headline
indicators, and every document with its counts. A document's page: its sections, facts,
numbers left unexplained, low-confidence layout joins and conflicting values, each with
the sentence it concerns. Rows are streamed document by document, so the report's memory
and page sizes do not grow with the warehouse.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterator
from html import escape
from pathlib import Path

import duckdb

from dagster_project.quality.chart import headline_svg
from dagster_project.quality.gx_suites import SuiteOutcome
from dagster_project.settings import DUCKDB_CONFIG

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


def _table(
    rows: list[dict], columns: list[tuple[str, str]], empty: str = "none", raw: tuple[str, ...] = ()
) -> str:
    """An HTML table of ``rows``; values are escaped except in the ``raw`` columns (links
    built here)."""
    if not rows:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(title)}</th>" for _, title in columns)

    def cell(r: dict, k: str) -> str:
        value = "" if r.get(k) is None else str(r.get(k))
        return value if k in raw else escape(value)

    body = "".join("<tr>" + "".join(f"<td>{cell(r, k)}</td>" for k, _ in columns) + "</tr>" for r in rows)
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


MANIFEST = "pages.json"  # which rows each written page shows, by checksum
# A change to this module's code (page layout, queries) writes every page again.
RENDERING = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
CHART_GROUPS = 40  # region × period groups drawn in the headline chart
FETCH = 5000
PARTS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    # part: (title, query with an ``owner`` column ordered by it and a ``{only}`` predicate
    # that narrows it to some documents, columns shown)
    "sections": (
        "Sections",
        "select source_file as owner, section_no, headline, speaker_title, speaker_name, speaker_org, "
        "region_name from stg.stg_sections where {only} order by owner, section_no",
        [
            ("section_no", "#"),
            ("speaker_org", "org"),
            ("speaker_name", "speaker"),
            ("region_name", "speaks for"),
            ("headline", "headline"),
        ],
    ),
    "facts": (
        "Facts",
        "select source_file as owner, region_name, period_code, indicator_text, measure, value, unit, "
        "qualifier, evidence from marts.fct_indicator_value where {only} order by owner, char_start",
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
    "unexplained": (
        "Unexplained numbers",
        "select source_file as owner, speaker_org, number_text, sentence "
        "from marts.rpt_unexplained_numbers where {only} order by owner, char_start",
        [("speaker_org", "section"), ("number_text", "number"), ("sentence", "sentence")],
    ),
    "layout": (
        "Low-confidence layout joins",
        "select source_file as owner, kind, left_block, right_block, confidence, evidence "
        "from marts.rpt_flagged_layout where {only} order by owner, decision_no",
        [
            ("kind", "kind"),
            ("left_block", "from block"),
            ("right_block", "to block"),
            ("confidence", "confidence"),
            ("evidence", "evidence"),
        ],
    ),
    "conflicts": (
        "Conflicting values",
        "select * from (select source_file_a as owner, region_name, period_code, indicator_key, value_a, "
        "evidence_a, source_file_b as other_file, value_b, evidence_b from marts.rpt_conflicting_values "
        "union all select source_file_b, region_name, period_code, indicator_key, value_b, evidence_b, "
        "source_file_a, value_a, evidence_a from marts.rpt_conflicting_values "
        "where source_file_b <> source_file_a) where {only} order by owner",
        [
            ("region_name", "region"),
            ("period_code", "period"),
            ("indicator_key", "indicator"),
            ("value_a", "value"),
            ("evidence_a", "evidence"),
            ("other_file", "other file"),
            ("value_b", "other value"),
            ("evidence_b", "other evidence"),
        ],
    ),
}


def _stream(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Iterator[dict]:
    """Rows of ``sql`` as dicts, fetched in slices (nothing when a table is missing)."""
    cursor = con.cursor()
    try:
        cursor.execute(sql, params)
    except duckdb.CatalogException:
        return
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(FETCH):
        yield from (dict(zip(names, row, strict=True)) for row in batch)


class _Grouped:
    """A query's rows grouped by ``owner``, consumed in owner order."""

    def __init__(self, rows: Iterator[dict]) -> None:
        self._groups = itertools.groupby(rows, key=lambda r: r["owner"])
        self._next = next(self._groups, None)

    def take(self, owner: str) -> list[dict]:
        """The rows of ``owner`` (skipping owners before it, which have no document)."""
        while self._next is not None and self._next[0] < owner:
            self._next = next(self._groups, None)
        if self._next is None or self._next[0] != owner:
            return []
        rows = list(self._next[1])
        self._next = next(self._groups, None)
        return rows


def document_page_name(source_file: str) -> str:
    """The page of one document, stable across runs, whatever characters its name has."""
    return "documents/" + hashlib.sha256(source_file.encode("utf-8")).hexdigest()[:16] + ".html"


def _page(title: str, body: list[str]) -> str:
    return "\n".join(
        [
            '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
            *body,
            "</body></html>",
        ]
    )


def _document_page(doc: dict, parts: dict[str, list[dict]]) -> str:
    body = [
        '<p><a href="../index.html">← 数据质量报告 · Data-quality report</a></p>',
        f"<h1>{escape(doc['source_file'])}: {escape(doc.get('title') or '')}</h1>",
        f"<p>Published {escape(str(doc.get('published_date') or 'unknown'))} · period "
        f"{escape(str(doc.get('period_code') or 'unknown'))} · "
        f"region {escape(str(doc.get('region_name') or '—'))}"
        f" · flags {escape(str(doc.get('flags') or 'none'))}</p>",
    ]
    for part, (title, _, columns) in PARTS.items():
        body += [f"<h2>{title} ({len(parts[part])})</h2>", _table(parts[part], columns)]
    return _page(doc["source_file"], body)


def _chart_rows(headline: list[dict]) -> tuple[list[dict], str]:
    """The latest period's regions, at most CHART_GROUPS of them, and a note on what is left out."""
    if len(headline) <= CHART_GROUPS:
        return headline, ""
    latest = max(str(r.get("period_code") or "") for r in headline)
    rows = [r for r in headline if str(r.get("period_code") or "") == latest]
    rows = sorted(rows, key=lambda r: -(r.get("n_facts") or 0))[:CHART_GROUPS]
    note = (
        f"<p class='muted'>{len(rows)} of {len(headline)} region × period groups shown: period "
        f"{escape(latest)}, the regions with most facts; query marts.fct_region_period_headline "
        "for all.</p>"
    )
    return sorted(rows, key=lambda r: str(r.get("region_name"))), note


def _fingerprints(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[dict[str, int], str]]:
    """Per document: its rows in each part of its page and checksums over them."""
    counts: dict[str, dict[str, int]] = {}
    sums: dict[str, str] = {}
    for part, (_, sql, _) in PARTS.items():
        query = f"select owner, count(*), sum(hash(t)) from ({sql.format(only='true')}) t group by owner"
        try:
            rows = con.execute(query).fetchall()
        except duckdb.CatalogException:
            continue
        for owner, n, checksum in rows:
            counts.setdefault(owner, {})[part] = n
            sums[owner] = f"{sums.get(owner, '')}|{part}:{n}:{checksum}"
    return {owner: (counts[owner], sums[owner]) for owner in counts}


def _write_pages(
    con: duckdb.DuckDBPyConnection, out: Path, documents: list[dict]
) -> dict[str, dict[str, int]]:
    """Write the page of every document whose rows changed since the pages were last written
    (all of them when the report's own code changed); delete pages of documents gone.
    Returns each document's row counts per part."""
    pages = out / "documents"
    pages.mkdir(parents=True, exist_ok=True)
    manifest_path = pages / MANIFEST
    try:
        written = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        written = {}
    pages_before = written.get("pages", {}) if written.get("rendering") == RENDERING else {}
    fingerprints = _fingerprints(con)
    counts, now, stale = {}, {}, []
    for doc in documents:
        owner = doc["source_file"]
        doc_counts, checksum = fingerprints.get(owner, ({}, ""))
        counts[owner] = {part: doc_counts.get(part, 0) for part in PARTS}
        name = document_page_name(owner)
        now[name] = hashlib.sha256(f"{checksum}|{json.dumps(doc, default=str)}".encode()).hexdigest()
        if pages_before.get(name) != now[name] or not (out / name).exists():
            stale.append(doc)
    for page in pages.glob("*.html"):  # pages of documents no longer loaded
        if f"documents/{page.name}" not in now:
            page.unlink()
    if len(stale) == len(documents):
        only, params = "true", None
    else:
        only, params = "owner in (select unnest(?))", [[doc["source_file"] for doc in stale]]
    streams = {
        part: _Grouped(_stream(con, sql.format(only=only), params)) for part, (_, sql, _) in PARTS.items()
    }
    for doc in stale:
        parts = {part: stream.take(doc["source_file"]) for part, stream in streams.items()}
        (out / document_page_name(doc["source_file"])).write_text(
            _document_page(doc, parts), encoding="utf-8"
        )
    manifest_path.with_suffix(".tmp").write_text(json.dumps({"rendering": RENDERING, "pages": now}), "utf-8")
    manifest_path.with_suffix(".tmp").replace(manifest_path)
    return counts


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
        files = _rows(con, "select * from marts.dim_source_file order by source_file")
        documents = _rows(con, "select * from marts.dim_document order by source_file")
        headline = _rows(
            con, "select * from marts.fct_region_period_headline order by period_code, region_name"
        )
        counts = _write_pages(con, out, documents)
    finally:
        con.close()
    listed = []
    for doc in documents:
        name = doc["source_file"]
        link = f'<a href="{escape(document_page_name(name))}">{escape(name)}</a>'
        listed.append({**doc, "link": link, **{f"n_{part}": n for part, n in counts[name].items()}})
    dbt_failed = _dbt_failures(dbt_results)
    gx_failed = [{"suite": o.suite, "table": o.table, "message": m} for o in outcomes for m in o.failed]
    n_facts = sum(d["n_facts"] for d in listed)
    status_counts = {
        s: sum(1 for f in files if f["status"] == s) for s in ("loaded", "duplicate", "rejected")
    }
    passed = sum(o.success for o in outcomes)
    chart_rows, chart_note = _chart_rows(headline)
    body = [
        "<h1>数据质量报告 · Data-quality report</h1>",
        f"<p>Files: {status_counts['loaded']} loaded, {status_counts['duplicate']} duplicate, "
        f"{status_counts['rejected']} rejected · facts: {n_facts} · "
        f"GX suites: <span class='{'ok' if passed == len(outcomes) else 'fail'}'>"
        f"{passed}/{len(outcomes)} passed</span> · dbt tests failing or warning: "
        f"<span class='{'fail' if dbt_failed else 'ok'}'>{len(dbt_failed)}</span> · "
        '<a href="gx/index.html">Great Expectations Data Docs</a></p>',
        "<h2>Headline indicators by region and period (growth, %)</h2>",
        headline_svg(chart_rows),
        chart_note,
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
        "<h2>Files not loaded</h2>",
        _table(
            [f for f in files if f["status"] != "loaded"],
            [("source_file", "file"), ("status", "status"), ("reason", "reason"), ("flags", "flags")],
            "every file was loaded",
        ),
        f"<h2>Documents ({len(listed)})</h2>",
        _table(
            listed,
            [
                ("link", "file"),
                ("title", "title"),
                ("published_date", "published"),
                ("period_code", "period"),
                ("region_name", "region"),
                ("n_sections", "sections"),
                ("n_facts", "facts"),
                ("n_unexplained", "unexplained numbers"),
                ("n_layout", "low-confidence joins"),
                ("n_conflicts", "conflicts"),
                ("flags", "flags"),
            ],
            "no documents loaded",
            raw=("link",),
        ),
    ]
    index = out / "index.html"
    index.write_text(_page("数据质量报告 · Data-quality report", body), encoding="utf-8")
    return index
