"""A review page per document: its text in reading order with every fact's value marked
where it stands (``data-fact-id``, coloured by confidence) and the numbers no fact explains
marked apart. The page's script (``review_page.js``) lets an analyst accept, reject, edit
and add facts and download the decisions as a corrections CSV (``corrections.COLUMNS``).
Static HTML with its script and style inline: it works from ``file://`` with no server.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

import duckdb

from dagster_project.corrections import COLUMNS, MEASURES, SETTABLE
from dagster_project.quality.html import rows_of

HERE = Path(__file__).parent
SCRIPT = HERE / "review_page.js"
STYLE = HERE / "review_page.css"
SOURCES = (Path(__file__), SCRIPT, STYLE)  # what the pages are made of (rewritten when it changes)
FACT_COLUMNS = (
    "fact_id region_name period_code indicator_text indicator_name measure value unit qualifier "
    "region_source period_source confidence corrected correction_note evidence char_start char_end"
).split()
FACTS = (
    f"select {', '.join(FACT_COLUMNS)} from marts.fct_indicator_value "
    "where source_file = ? order by char_start"
)
REJECTED = (
    "select facts.fact_id, facts.region_name, facts.period_code, facts.indicator_text, facts.measure, "
    "facts.value, facts.unit, facts.evidence, facts.char_start, facts.char_end, corrections.note "
    "from int.int_indicator_values as facts inner join marts.rpt_corrections as corrections "
    "on corrections.fact_id = facts.fact_id and corrections.action = 'reject' "
    "and corrections.status = 'applied' where facts.source_file = ? order by facts.char_start"
)
UNEXPLAINED = (
    "select char_start, char_end, number_text from marts.rpt_unexplained_numbers "
    "where source_file = ? order by char_start"
)
PARAGRAPHS = (
    "select paragraphs.section_no, paragraphs.paragraph_no, paragraphs.spans, paragraphs.char_start, "
    "paragraphs.char_end, sections.speaker_org, sections.speaker_name, sections.headline "
    "from staging.paragraphs as paragraphs left join staging.sections as sections "
    "on sections.source_file = paragraphs.source_file and sections.section_no = paragraphs.section_no "
    "where paragraphs.source_file = ? order by paragraphs.section_no, paragraphs.paragraph_no"
)


@dataclass(frozen=True)
class Mark:
    """A stretch of the original text marked on the page."""

    start: int
    end: int
    html_open: str
    html_close: str = "</mark>"


def review_page_name(source_file: str) -> str:
    """The review page of one document, stable across runs, whatever characters its name has."""
    return "review/" + hashlib.sha256(source_file.encode("utf-8")).hexdigest()[:16] + ".html"


def confidence_class(confidence: float | None) -> str:
    """The colour band of a confidence: high (≥ 0.85), mid (≥ 0.6) or low."""
    if confidence is None or confidence < 0.6:
        return "low"
    return "high" if confidence >= 0.85 else "mid"


def _spans(paragraph: dict) -> list[tuple[int, int]]:
    if paragraph.get("spans"):
        return [(int(a), int(b)) for a, b in (s.split("-") for s in paragraph["spans"].split(";"))]
    return [(paragraph["char_start"], paragraph["char_end"])]


def _marks(facts: list[dict], unexplained: list[dict]) -> list[Mark]:
    """Non-overlapping marks in text order: facts sharing one value span nest; a number no
    fact explains is marked where no fact is."""
    marks: list[Mark] = []
    by_span: dict[tuple[int, int], list[dict]] = {}
    for fact in facts:
        if fact["char_start"] is not None and fact["char_end"] is not None:
            by_span.setdefault((fact["char_start"], fact["char_end"]), []).append(fact)
    for (start, end), group in sorted(by_span.items()):
        if marks and start < marks[-1].end:
            continue  # overlaps a mark already placed: the fact is still in the list beside
        opened = "".join(
            f'<mark class="fact c-{confidence_class(f["confidence"])}" data-fact-id="{escape(f["fact_id"])}">'
            for f in group
        )
        marks.append(Mark(start, end, opened, "</mark>" * len(group)))
    taken = [(m.start, m.end) for m in marks]
    for number in unexplained:
        a, b = number["char_start"], number["char_end"]
        if a is None or b is None or any(a < z and x < b for x, z in taken):
            continue
        marks.append(Mark(a, b, '<mark class="unexplained" title="a number no fact explains">'))
    return sorted(marks, key=lambda m: m.start)


def _render_span(text: str, start: int, end: int, marks: list[Mark], starts: list[int]) -> str:
    """One piece of the original text with the marks in it (``marks`` sorted, not overlapping,
    ``starts`` their starts)."""
    out, at = [f'<span class="piece" data-start="{start}">'], start
    for mark in marks[max(bisect.bisect_left(starts, start) - 1, 0) : bisect.bisect_left(starts, end)]:
        if mark.end <= start or mark.start >= end:
            continue
        a, b = max(mark.start, start), min(mark.end, end)
        out += [escape(text[at:a]), mark.html_open, escape(text[a:b]), mark.html_close]
        at = b
    out += [escape(text[at:end]), "</span>"]
    return "".join(out)


def _render_text(text: str, paragraphs: list[dict], marks: list[Mark]) -> str:
    out, section = [], None
    starts = [m.start for m in marks]
    for paragraph in paragraphs:
        if paragraph["section_no"] != section:
            section = paragraph["section_no"]
            who = " · ".join(
                str(paragraph[k]) for k in ("speaker_org", "speaker_name", "headline") if paragraph.get(k)
            )
            out.append(f'<h3 class="section">§{section} {escape(who)}</h3>')
        spans = _spans(paragraph)
        pieces = []
        for i, (a, b) in enumerate(spans):
            if i and (a < spans[i - 1][1] or text[spans[i - 1][1] : a].strip()):  # moved, not just wrapped
                pieces.append(
                    '<span class="join" title="layout join: the text goes on from elsewhere"></span>'
                )
            pieces.append(_render_span(text, a, b, marks, starts))
        pieces = "".join(pieces)
        out.append(f"<p>{pieces}</p>")
    return "\n".join(out)


def _json(value: object) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value, ensure_ascii=False, default=str).replace("</", "<\\/")


def review_page(con: duckdb.DuckDBPyConnection, doc: dict) -> str:
    """The review page of one loaded document (``doc``: its row of ``marts.dim_document``)."""
    name = doc["source_file"]
    text_rows = rows_of(con, "select text from staging.raw_documents where source_file = ?", [name])
    text = (text_rows[0]["text"] if text_rows else "") or ""
    facts = rows_of(con, FACTS, [name])
    for fact in facts:
        fact["band"] = confidence_class(fact["confidence"])
    rejected = rows_of(con, REJECTED, [name])
    unexplained = rows_of(con, UNEXPLAINED, [name])
    paragraphs = rows_of(con, PARAGRAPHS, [name])
    data = {
        "document": {
            k: doc.get(k) for k in ("source_file", "document_id", "title", "region_name", "period_code")
        },
        "facts": facts,
        "rejected": rejected,
        "columns": list(COLUMNS),
        "settable": list(SETTABLE),
        "measures": list(MEASURES),
    }
    title = f"{name}: {doc.get('title') or ''}"
    return "\n".join(
        [
            '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
            f"<title>审核 · Review · {escape(title)}</title>",
            f"<style>{STYLE.read_text(encoding='utf-8')}</style>",
            "</head><body>",
            '<header><a href="../index.html">← 数据质量报告 · Data-quality report</a>',
            f"<h1>审核 · Review: {escape(title)}</h1>",
            f'<p class="muted">{len(facts)} facts · {len(unexplained)} numbers no fact explains · '
            f"{len(rejected)} rejected · period {escape(str(doc.get('period_code') or 'unknown'))} · "
            f"region {escape(str(doc.get('region_name') or '—'))} · confidence: "
            '<mark class="fact c-high">high</mark> <mark class="fact c-mid">mid</mark> '
            '<mark class="fact c-low">low</mark> <mark class="unexplained">unexplained</mark></p>',
            "</header>",
            '<div id="layout"><article id="text">',
            _render_text(text, paragraphs, _marks(facts, unexplained)),
            '</article><aside id="side"></aside></div>',
            f'<script type="application/json" id="review-data">{_json(data)}</script>',
            f"<script>{SCRIPT.read_text(encoding='utf-8')}</script>",
            "</body></html>",
        ]
    )


def rendering_hash() -> str:
    """A checksum of the code and assets the pages are made of."""
    return hashlib.sha256(b"".join(p.read_bytes() for p in SOURCES)).hexdigest()[:16]
