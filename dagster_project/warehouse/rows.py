"""Rows of the staging tables for one file, from what the text core produced.

Every row is the table's own typed row (``schema.ROW_TYPES``), built by column name, so a
column added, dropped or reordered in the DDL is a type error here, not a shifted value.
"""

from __future__ import annotations

from typing import Any

from dagster_project.textcore.models import ParsedDocument
from dagster_project.warehouse.schema import ROW_TYPES

Rows = dict[str, list[Any]]

SourceFileRow = ROW_TYPES["source_files"]
DocumentRow = ROW_TYPES["documents"]
SectionRow = ROW_TYPES["sections"]
ParagraphRow = ROW_TYPES["paragraphs"]
TextPieceRow = ROW_TYPES["text_pieces"]
LayoutDecisionRow = ROW_TYPES["layout_decisions"]
IndicatorMentionRow = ROW_TYPES["indicator_mentions"]
NumberRow = ROW_TYPES["numbers"]


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
            SourceFileRow(
                source_file=source_file,
                document_id=document_id,
                text_hash=None,
                size_bytes=size_bytes,
                encoding=encoding,
                status="rejected",
                reason=reason,
                flags=None,
                meta_json=meta_json,
            )
        ]
    }


def _document_rows(doc: ParsedDocument, size_bytes: int, meta_json: str | None) -> Rows:
    text = doc.decoded.text
    return {
        "source_files": [
            SourceFileRow(
                source_file=doc.source_file,
                document_id=doc.document_id,
                text_hash=doc.text_hash,
                size_bytes=size_bytes,
                encoding=doc.decoded.encoding,
                status="parsed",
                reason=None,
                flags=_flags(doc.flags),
                meta_json=meta_json,
            )
        ],
        "documents": [
            DocumentRow(
                document_id=doc.document_id,
                source_file=doc.source_file,
                text_hash=doc.text_hash,
                encoding=doc.decoded.encoding,
                script=doc.decoded.script,
                title=doc.structure.title,
                subtitle=doc.structure.subtitle,
                lead=doc.structure.lead,
                published_date=doc.dates.published,
                date_source=doc.dates.date_source,
                meeting_date=doc.dates.meeting_date,
                period_code=doc.dates.period_code,
                source=doc.meta.source,
                region_code=doc.region_code,
                region_name=doc.region_name,
                region_source=doc.region_source,
                n_chars=len(text),
                n_sections=len(doc.structure.sections),
                flags=_flags(doc.flags),
                accounted_share=doc.structure.accounted_share(text),
            )
        ],
    }


def _section_rows(doc: ParsedDocument) -> Rows:
    key = {"source_file": doc.source_file, "document_id": doc.document_id}
    sections, paragraphs = [], []
    for section in doc.structure.sections:
        starts = [p.start for p in section.paragraphs]
        ends = [p.end for p in section.paragraphs]
        sections.append(
            SectionRow(
                **key,
                section_no=section.section_no,
                headline=section.headline,
                speaker_title=section.speaker_title,
                speaker_name=section.speaker_name,
                speaker_org=section.speaker_org,
                region_code=section.region_code,
                region_name=section.region_name,
                char_start=min(starts) if starts else None,
                char_end=max(ends) if ends else None,
            )
        )
        for no, para in enumerate(section.paragraphs, start=1):
            paragraphs.append(
                ParagraphRow(
                    **key,
                    section_no=section.section_no,
                    paragraph_no=no,
                    original_position=para.original_position,
                    char_start=para.start,
                    char_end=para.end,
                    text="".join(doc.decoded.text[a:b] for a, b in para.pieces),
                    spans=";".join(f"{a}-{b}" for a, b in para.pieces),
                )
            )
    return {"sections": sections, "paragraphs": paragraphs, **_layout_rows(doc)}


def _layout_rows(doc: ParsedDocument) -> Rows:
    key = {"source_file": doc.source_file, "document_id": doc.document_id}
    pieces = [
        TextPieceRow(
            **key,
            piece_no=no,
            char_start=p.start,
            char_end=p.end,
            role=p.role,
            section_no=p.section_no,
            reason=p.reason,
        )
        for no, p in enumerate(doc.structure.pieces, start=1)
    ]
    decisions = [
        LayoutDecisionRow(
            **key,
            decision_no=no,
            kind=d.kind,
            left_block=d.left_block,
            right_block=d.right_block,
            evidence=d.evidence,
            confidence=d.confidence,
            flagged=d.flagged,
        )
        for no, d in enumerate(doc.structure.decisions, start=1)
    ]
    return {"text_pieces": pieces, "layout_decisions": decisions}


def _fact_rows(doc: ParsedDocument) -> Rows:
    key = {"source_file": doc.source_file, "document_id": doc.document_id}
    speakers = {s.section_no: (s.speaker_name, s.speaker_org) for s in doc.structure.sections}
    mentions = []
    for no, f in enumerate(doc.facts, start=1):
        speaker_name, speaker_org = speakers.get(f.section_no, (None, None))
        mentions.append(
            IndicatorMentionRow(
                **key,
                section_no=f.section_no,
                mention_no=no,
                char_start=f.value_start if f.value_start is not None else f.start,
                char_end=f.value_end if f.value_end is not None else f.end,
                evidence_start=f.start,
                evidence_end=f.end,
                region_code=f.region_code,
                region_name=f.region_name,
                region_source=f.region_source,
                period_code=f.period_code,
                period_source=f.period_source,
                indicator_text=f.indicator_text,
                indicator_code=f.indicator_code,
                measure=f.measure,
                value=f.value,
                unit=f.unit,
                qualifier=f.qualifier,
                evidence=f.evidence,
                speaker_name=speaker_name,
                speaker_org=speaker_org,
                confidence=f.confidence,
            )
        )
    numbers = [
        NumberRow(
            **key,
            section_no=n.section_no,
            char_start=n.start,
            char_end=n.end,
            number_text=n.number_text,
            kind=n.kind,
            sentence=n.sentence,
        )
        for n in doc.numbers
    ]
    return {"indicator_mentions": mentions, "numbers": numbers}


def parsed_rows(doc: ParsedDocument, size_bytes: int, meta_json: str | None) -> Rows:
    """All staging rows of a parsed document."""
    return _document_rows(doc, size_bytes, meta_json) | _section_rows(doc) | _fact_rows(doc)


def merge(into: Rows, more: Rows) -> None:
    """Append ``more`` to ``into``, table by table."""
    for table, table_rows in more.items():
        into.setdefault(table, []).extend(table_rows)
