"""Rows of the staging tables for one file, from what the text core produced."""

from __future__ import annotations

from dagster_project.textcore.models import ParsedDocument

Rows = dict[str, list[tuple]]


def _flags(flags: list[str]) -> str | None:
    return ";".join(flags) if flags else None


def rejected_rows(
    source_file: str,
    document_id: str | None,
    size_bytes: int,
    encoding: str | None,
    reason: str,
    meta_json: str | None = None,
) -> Rows:
    """A file that could not be read as a transcript: one ``source_files`` row, nothing else."""
    return {
        "source_files": [
            (source_file, document_id, None, size_bytes, encoding, "rejected", reason, None, meta_json)
        ]
    }


def parsed_rows(doc: ParsedDocument, size_bytes: int, meta_json: str | None) -> Rows:
    """All staging rows of a parsed document."""
    text = doc.decoded.text
    sections = doc.structure.sections
    rows: Rows = {
        "source_files": [
            (
                doc.source_file,
                doc.document_id,
                doc.text_hash,
                size_bytes,
                doc.decoded.encoding,
                "parsed",
                None,
                _flags(doc.flags),
                meta_json,
            )
        ],
        "documents": [
            (
                doc.document_id,
                doc.source_file,
                doc.text_hash,
                doc.decoded.encoding,
                doc.decoded.script,
                doc.structure.title,
                doc.structure.subtitle,
                doc.structure.lead,
                doc.dates.published,
                doc.dates.date_source,
                doc.dates.meeting_date,
                doc.dates.period_code,
                doc.meta.source,
                doc.region_code,
                doc.region_name,
                doc.region_source,
                len(text),
                len(sections),
                _flags(doc.flags),
            )
        ],
        "sections": [],
        "paragraphs": [],
        "layout_decisions": [],
        "indicator_mentions": [],
        "numbers": [],
    }
    speakers = {}
    for section in sections:
        speakers[section.section_no] = (section.speaker_name, section.speaker_org)
        starts = [p.start for p in section.paragraphs] or [None]
        ends = [p.end for p in section.paragraphs] or [None]
        rows["sections"].append(
            (
                doc.source_file,
                doc.document_id,
                section.section_no,
                section.headline,
                section.speaker_title,
                section.speaker_name,
                section.speaker_org,
                section.region_code,
                section.region_name,
                min(s for s in starts if s is not None) if starts[0] is not None else None,
                max(e for e in ends if e is not None) if ends[0] is not None else None,
            )
        )
        for no, para in enumerate(section.paragraphs, start=1):
            original = "".join(text[a:b] for a, b in para.pieces)
            rows["paragraphs"].append(
                (
                    doc.source_file,
                    doc.document_id,
                    section.section_no,
                    no,
                    para.original_position,
                    para.start,
                    para.end,
                    original,
                )
            )
    for no, d in enumerate(doc.structure.decisions, start=1):
        rows["layout_decisions"].append(
            (
                doc.source_file,
                doc.document_id,
                no,
                d.kind,
                d.left_block,
                d.right_block,
                d.evidence,
                d.confidence,
                d.flagged,
            )
        )
    for no, f in enumerate(doc.facts, start=1):
        speaker_name, speaker_org = speakers.get(f.section_no, (None, None))
        rows["indicator_mentions"].append(
            (
                doc.source_file,
                doc.document_id,
                f.section_no,
                no,
                f.start,
                f.end,
                f.region_code,
                f.region_name,
                f.region_source,
                f.period_code,
                f.indicator_text,
                f.indicator_code,
                f.measure,
                f.value,
                f.unit,
                f.qualifier,
                f.evidence,
                speaker_name,
                speaker_org,
            )
        )
    for n in doc.numbers:
        rows["numbers"].append(
            (
                doc.source_file,
                doc.document_id,
                n.section_no,
                n.start,
                n.end,
                n.number_text,
                n.kind,
                n.sentence,
            )
        )
    return rows


def merge(into: Rows, more: Rows) -> None:
    """Append ``more`` to ``into``, table by table."""
    for table, table_rows in more.items():
        into.setdefault(table, []).extend(table_rows)
