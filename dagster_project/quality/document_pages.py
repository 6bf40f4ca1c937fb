"""One page per document: its review queue, sections, facts, unexplained numbers,
low-confidence layout joins and conflicting values, each with the sentence it concerns.
Rows are streamed document by document, and a page is written again only when its rows
changed, so the report's memory and time do not grow with the warehouse."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterator
from html import escape
from pathlib import Path

import duckdb

from dagster_project.quality.html import page, table
from dagster_project.quality.review_pages import rendering_hash, review_page, review_page_name

MANIFEST = "pages.json"  # which rows each written page shows, by checksum
# A change to the code of the pages (layout, queries) writes every page again.
RENDERING = hashlib.sha256(
    Path(__file__).read_bytes() + (Path(__file__).parent / "html.py").read_bytes() + rendering_hash().encode()
).hexdigest()[:16]
FETCH = 5000
# Pages are written for this many documents at a time: each part's query is sorted for them
# alone, so the sorts held open together stay inside the connection's memory limit however
# many documents the warehouse holds.
PAGE_BATCH = 500
PARTS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    # part: (title, query with an ``owner`` column ordered by it and a ``{only}`` predicate
    # that narrows it to some documents, columns shown); the review queue first
    "review": (
        "Facts for review",
        "select source_file as owner, reason, detail, region_name, period_code, indicator_text, value, "
        "unit, evidence from marts.rpt_facts_for_review where {only} order by owner, reason",
        [
            ("reason", "reason"),
            ("region_name", "region"),
            ("period_code", "period"),
            ("indicator_text", "indicator"),
            ("value", "value"),
            ("unit", "unit"),
            ("evidence", "evidence"),
            ("detail", "why"),
        ],
    ),
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
        "qualifier, evidence, fact_id, confidence, corrected, correction_note "
        "from marts.fct_indicator_value where {only} order by owner, char_start",
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


def _document_page(doc: dict, parts: dict[str, list[dict]]) -> str:
    body = [
        '<p><a href="../index.html">← 数据质量报告 · Data-quality report</a> · '
        f'<a href="../{escape(review_page_name(doc["source_file"]))}">'
        "审核 · Review the facts in the text →</a></p>",
        f"<h1>{escape(doc['source_file'])}: {escape(doc.get('title') or '')}</h1>",
        f"<p>Published {escape(str(doc.get('published_date') or 'unknown'))} · period "
        f"{escape(str(doc.get('period_code') or 'unknown'))} · "
        f"region {escape(str(doc.get('region_name') or '—'))}"
        f" · flags {escape(str(doc.get('flags') or 'none'))}</p>",
    ]
    for part, (title, _, columns) in PARTS.items():
        body += [f"<h2>{title} ({len(parts[part])})</h2>", table(parts[part], columns)]
    return page(doc["source_file"], body)


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


def write_pages(
    con: duckdb.DuckDBPyConnection, out: Path, documents: list[dict]
) -> dict[str, dict[str, int]]:
    """Write the page of every document whose rows changed since the pages were last written
    (all of them when the report's own code changed); delete pages of documents gone.
    Returns each document's row counts per part."""
    pages = out / "documents"
    pages.mkdir(parents=True, exist_ok=True)
    (out / "review").mkdir(exist_ok=True)
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
        if (
            pages_before.get(name) != now[name]
            or not (out / name).exists()
            or not (out / review_page_name(owner)).exists()
        ):
            stale.append(doc)
    reviews = {review_page_name(doc["source_file"]) for doc in documents}
    for old in [*pages.glob("*.html"), *(out / "review").glob("*.html")]:  # documents no longer loaded
        name = f"{old.parent.name}/{old.name}"
        if name not in now and name not in reviews:
            old.unlink()
    for start in range(0, len(stale), PAGE_BATCH):
        batch = sorted(stale[start : start + PAGE_BATCH], key=lambda doc: doc["source_file"])
        only, params = "owner in (select unnest(?))", [[doc["source_file"] for doc in batch]]
        streams = {
            part: _Grouped(_stream(con, sql.format(only=only), params)) for part, (_, sql, _) in PARTS.items()
        }
        for doc in batch:
            parts = {part: stream.take(doc["source_file"]) for part, stream in streams.items()}
            (out / document_page_name(doc["source_file"])).write_text(
                _document_page(doc, parts), encoding="utf-8"
            )
            (out / review_page_name(doc["source_file"])).write_text(review_page(con, doc), encoding="utf-8")
    manifest_path.with_suffix(".tmp").write_text(json.dumps({"rendering": RENDERING, "pages": now}), "utf-8")
    manifest_path.with_suffix(".tmp").replace(manifest_path)
    return counts
