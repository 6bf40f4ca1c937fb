"""The text core end to end for one file: bytes in, a ``ParsedDocument`` out.

Each step lives in its own module; this one only chains them and decides the
document's own region (CONTRACT.md: metadata ``region``, else a place named in
its ``source`` or ``title``, else the text, else none and flagged).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from dagster_project.textcore.confidence import confidence
from dagster_project.textcore.context.places import document_place
from dagster_project.textcore.dates import resolve_dates
from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.extract import extract
from dagster_project.textcore.indicators import IndicatorDictionary
from dagster_project.textcore.layout.blocks import GLOSS, split_blocks
from dagster_project.textcore.meta import parse_meta
from dagster_project.textcore.models import (
    DecodedText,
    DocumentMeta,
    DocumentStructure,
    Fact,
    ParsedDocument,
    RejectedDocument,
)
from dagster_project.textcore.normalize import normalize
from dagster_project.textcore.regions import Gazetteer, RegionRef
from dagster_project.textcore.speakers import speaker_line
from dagster_project.textcore.structure import read_structure

HAN = re.compile(r"[\u4e00-\u9fff]")


def text_hash(decoded: DecodedText) -> str:
    """Hash of the normalised text: equal for the same text in another encoding or script."""
    return hashlib.sha256(decoded.norm.encode("utf-8")).hexdigest()


def _with_confidence(facts: list[Fact], decoded: DecodedText, structure: DocumentStructure) -> list[Fact]:
    """Each fact with its confidence (``confidence``): weak layout joins located by their blocks."""
    blocks = {b.index: (b.start, b.end) for b in split_blocks(decoded)}
    weak = [
        (blocks[d.left_block][0], blocks[d.right_block][1])
        if blocks[d.left_block][0] < blocks[d.right_block][0]
        else (blocks[d.right_block][0], blocks[d.left_block][1])
        for d in structure.decisions
        if d.flagged and d.left_block in blocks and d.right_block in blocks
    ]
    return [replace(f, confidence=confidence(f, weak)) for f in facts]


def _plain(text: str | None) -> str | None:
    """Metadata text read like the body: simplified, half-width, without pinyin glosses."""
    return GLOSS.sub("", normalize(text)) if text else text


def document_region(
    decoded: DecodedText, meta: DocumentMeta, gazetteer: Gazetteer
) -> tuple[RegionRef | None, str | None]:
    """The region a document speaks for and the kind of evidence it was read from
    (``context.places``)."""
    title, source = (_plain(x) for x in (meta.title, meta.source))  # 香格里拉網(wǎng) → 香格里拉网
    for text in (decoded.norm, GLOSS.sub("", decoded.norm)):  # then without glosses: 内(nèi)蒙古
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        speakers = [m.group("title") for line in lines if (m := speaker_line(line))]
        place = document_place(lines, gazetteer, meta.region, title, source, speakers)
        if place.region is not None:
            break
    return place.region, place.source


def parse_decoded(
    decoded: DecodedText,
    source_file: str,
    document_id: str,
    meta_raw: bytes | None,
    gazetteer: Gazetteer | None = None,
    dictionary: IndicatorDictionary | None = None,
) -> ParsedDocument:
    """Read structure, dates and facts from decoded text.

    Raises ``RejectedDocument`` when the text holds nothing a transcript has.
    """
    gazetteer = gazetteer or Gazetteer.default()
    dictionary = dictionary or IndicatorDictionary.default()
    flags: list[str] = ["truncated"] if decoded.truncated else []
    meta, meta_flags = parse_meta(meta_raw, source_file)
    flags += meta_flags
    region, region_source = document_region(decoded, meta, gazetteer)
    structure = read_structure(decoded, gazetteer, region)
    body = "".join(p.text for section in structure.sections for p in section.paragraphs)
    if not body:
        raise RejectedDocument(f"{source_file}: no recognisable structure (no body text found)")
    if not HAN.search(body):
        raise RejectedDocument(f"{source_file}: no recognisable structure (no Chinese text in the body)")
    dates, date_flags = resolve_dates(decoded, meta, source_file)
    flags += date_flags
    title = _plain(meta.title) or structure.title or ""
    facts, numbers = extract(
        structure.sections,
        decoded,
        dates,
        region,
        gazetteer,
        dictionary,
        region_source,
        dictionary.named_in(title),
    )
    facts = _with_confidence(facts, decoded, structure)
    if region is None and not any(s.region_code for s in structure.sections):
        flags.append("region_unknown")
    elif region is not None and region.shared:
        flags.append("region_ambiguous")
    if any(d.flagged for d in structure.decisions):
        flags.append("low_confidence_layout")
    return ParsedDocument(
        source_file=source_file,
        document_id=document_id,
        text_hash=text_hash(decoded),
        decoded=decoded,
        meta=meta,
        dates=dates,
        structure=structure,
        region_code=region.known_code if region else None,
        region_name=region.name if region else None,
        region_source=region_source,
        facts=facts,
        numbers=numbers,
        flags=sorted(set(flags)),
    )


def parse_document(
    data: bytes,
    source_file: str,
    meta_raw: bytes | None = None,
    gazetteer: Gazetteer | None = None,
    dictionary: IndicatorDictionary | None = None,
) -> ParsedDocument:
    """Decode and parse one raw file (raises ``RejectedDocument`` naming the file and reason)."""
    decoded = decode_bytes(data, source_file)
    document_id = hashlib.sha256(data).hexdigest()
    return parse_decoded(decoded, source_file, document_id, meta_raw, gazetteer, dictionary)
