"""The text core end to end for one file: bytes in, a ``ParsedDocument`` out.

Each step lives in its own module; this one only chains them and decides the
document's own region (CONTRACT.md: metadata ``region``, else a place named in
its ``source`` or ``title``, else the text, else none and flagged).
"""

from __future__ import annotations

import hashlib
import re

from dagster_project.textcore.dates import resolve_dates
from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.extract import extract
from dagster_project.textcore.indicators import IndicatorDictionary
from dagster_project.textcore.meta import parse_meta
from dagster_project.textcore.models import (
    DecodedText,
    DocumentMeta,
    DocumentStructure,
    ParsedDocument,
    RejectedDocument,
)
from dagster_project.textcore.regions import Gazetteer, RegionRef
from dagster_project.textcore.structure import read_structure

HAN = re.compile(r"[\u4e00-\u9fff]")

HEAD_CHARS = 300  # where a speakerless text names its place: title and first lines


def text_hash(decoded: DecodedText) -> str:
    """Hash of the normalised text: equal for the same text in another encoding or script."""
    return hashlib.sha256(decoded.norm.encode("utf-8")).hexdigest()


def _named_region(text: str | None, gazetteer: Gazetteer, context: RegionRef | None) -> RegionRef | None:
    """The region an organisation or title names, e.g. '涪陵区统计局' -> 涪陵区."""
    if not text:
        return None
    ref = gazetteer.org_region(text, context) or gazetteer.lookup(text, context)
    if ref:
        return ref
    found = gazetteer.find(text, context)
    return found[0][2] if found else None


def document_region(
    meta: DocumentMeta, head: str, gazetteer: Gazetteer
) -> tuple[RegionRef | None, str | None]:
    """The region a document speaks for and where that was read from."""
    if meta.region:
        ref = gazetteer.lookup(meta.region)
        if ref:
            return ref, "meta"
    for source_name, text in (("source", meta.source), ("title", meta.title)):
        ref = _named_region(text, gazetteer, None)
        if ref:
            return ref, source_name
    found = gazetteer.find(head)
    if found:  # the first place, narrowed by the places written right after it (四川省成都市)
        ref, end = found[0][2], found[0][1]
        for start, stop, inner in found[1:]:
            if start != end or not gazetteer.within(inner, ref):
                break
            ref, end = inner, stop
        return ref, "text"
    return None, None


def _structure_region(structure: DocumentStructure, gazetteer: Gazetteer) -> RegionRef | None:
    for text in (structure.title, structure.subtitle):
        ref = _named_region(text, gazetteer, None)
        if ref:
            return ref
    return None


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
    flags: list[str] = []
    if decoded.truncated:
        flags.append("truncated")
    meta, meta_flags = parse_meta(meta_raw, source_file)
    flags += meta_flags
    region, region_source = document_region(meta, decoded.norm[:HEAD_CHARS], gazetteer)
    structure = read_structure(decoded, gazetteer, region)
    if region is None:
        region = _structure_region(structure, gazetteer)
        region_source = "title" if region else None
    body = "".join(p.text for section in structure.sections for p in section.paragraphs)
    if not body:
        raise RejectedDocument(f"{source_file}: no recognisable structure (no body text found)")
    if not HAN.search(body):
        raise RejectedDocument(f"{source_file}: no recognisable structure (no Chinese text in the body)")
    dates, date_flags = resolve_dates(decoded, meta, source_file)
    flags += date_flags
    facts, numbers = extract(
        structure.sections, decoded, dates.period_code, dates.published, region, gazetteer, dictionary
    )
    if region is None and not any(s.region_code for s in structure.sections):
        flags.append("region_unknown")
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
        region_code=region.code if region else None,
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
