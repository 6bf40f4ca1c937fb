"""Document structure: title, subtitle, lead, and sections in reading order.

A speaker line is a short line of a title ending in an office (书记, 主任, 局长 …) and
a name (a space or colon between them, a bullet before and a colon after are optional;
or the name first, the title in brackets); the short line before it is the section's
headline. The org is read from the title and mapped to the region it speaks for (a
district's 区委书记 → that district; a department of the city → the city). A document
without speaker lines is one section speaking for the document's region, or, when two or
more paragraphs open with a place (江北区：…, 【南岸区】…, *成都), one section per place.

Every character of the text lands in one piece (``TextPiece``): title, subtitle, lead,
headline, speaker line, paragraph, or a piece skipped with its reason (page furniture, a
pinyin gloss), so nothing is dropped unseen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.textcore.layout import is_complete, reading_order, repair, split_blocks
from dagster_project.textcore.layout.blocks import furniture, is_table_row
from dagster_project.textcore.layout.cell_runs import cell_lines
from dagster_project.textcore.models import (
    Block,
    DecodedText,
    DocumentStructure,
    Paragraph,
    Section,
    Segment,
    TextPiece,
)
from dagster_project.textcore.regions import Gazetteer, RegionRef
from dagster_project.textcore.speakers import org_of, speaker_line

PLACE_LABEL = re.compile(
    r"^[*＊■◆●▲★☆□▶►•·]?\s*(?:[【\[〔](?P<bracketed>[\u4e00-\u9fff]{2,12})[】\]〕]\s*"
    r"|(?P<plain>[\u4e00-\u9fff]{2,12}?)(?:[:：]|\s+|$))"
)
LEAD_MARK = re.compile(r"^(核心提示|编者按|导读)[:：]?$")
HEADLINE_MAX = 48
SUBTITLE_MAX = 80
FRONT_LINES = 4  # a speakerless text's title block is among its first lines


@dataclass
class _Front:
    """The blocks before the body: title, subtitle and lead, by role."""

    title: str | None = None
    subtitle: str | None = None
    lead: str | None = None
    roles: dict[int, str] | None = None
    end: int = 0  # position in the body blocks where the sections start

    def add_lead(self, block: Block) -> None:
        self.lead = (self.lead + "\n" if self.lead else "") + block.text
        self.roles[block.index] = "lead"  # type: ignore[index]


def _names(region: RegionRef | None) -> tuple[str, ...]:
    """A region's full and short names, by which a displaced tail points to its section."""
    return tuple(n for n in (region.name, region.short_name) if n) if region else ()


def _segment(heading: int | None, region: RegionRef | None, **said: str | None) -> Segment:
    return Segment(
        heading,
        _names(region),
        region_code=region.known_code if region else None,
        region_name=region.name if region else None,
        **said,
    )


def _is_headline(text: str) -> bool:
    return len(text) <= HEADLINE_MAX and not is_complete(text) and "，" not in text


def _place_labels(
    blocks: list[Block], gazetteer: Gazetteer, context: RegionRef | None, cells: set[int]
) -> dict:
    """Blocks that open with a place as a label (江北区：…, 【南岸区】…, a line 沙坪坝区 alone):
    index -> (place, whether the block is the label alone).  Two or more such blocks make a
    digest of places; a single one is ordinary prose, unless it is a place's headline over the
    text after it (未央区：顺利实现市级考核“五连优”). A table's row or cell (渝北区 | 2297.11 |,
    海 口 市 / 797.49 / 8.1) is no label."""
    found, headed = {}, False
    for b in blocks:
        m = PLACE_LABEL.match(b.text) if not (is_table_row(b.text) or b.index in cells) else None
        place = gazetteer.lookup(m.group("bracketed") or m.group("plain"), context) if m else None
        if place is not None:
            found[b.index] = (place, m.end() == len(b.text))
            # 未央区：顺利实现市级考核“五连优”: a place's headline over its part of the text
            titled = re.match(r".{2,12}[:：].{4,}", b.text) is not None
            headed = b.index > 0 and titled and _is_headline(b.text)
    return found if len(found) >= 2 or (len(found) == 1 and headed) else {}


def _front_matter(body: list[Block], first_heading: int | None, cells: set[int]) -> _Front:
    """Title, subtitle and lead: the blocks before the first heading (before the body of a
    speakerless text, only a title and a subtitle); a text opening on a table's cells has none."""
    front = _Front(roles={})
    limit = first_heading if first_heading is not None else min(len(body), FRONT_LINES)
    i = 0
    while i < limit:
        block = body[i]
        if block.index in cells:  # 市州 | / 增长速度 | / …: the table's header, not a title
            break
        if i == 0 and _is_headline(block.text):
            front.title = block.text
            front.roles[block.index] = "title"
        elif (
            block.text.startswith(("——", "—", "--"))
            and front.subtitle is None
            and len(block.text) <= SUBTITLE_MAX
        ):  # not a whole text that opens with its dashed subtitle run on into the body
            front.subtitle = block.text.lstrip("—- ")
            front.roles[block.index] = "subtitle"
        elif (
            first_heading is None
            and front.roles.get(body[i - 1].index) in ("title", "subtitle")
            and (_is_headline(block.text) and not re.search(r"\d", block.text))
        ):  # a second headline line of a speakerless text: 我市召开… / 全市经济主要指标增速高于全省
            front.subtitle = (front.subtitle + " " if front.subtitle else "") + block.text
            front.roles[block.index] = "subtitle"
        elif LEAD_MARK.match(block.text) and i + 1 < len(body):
            front.roles[block.index] = "lead"
            front.add_lead(body[i + 1])
            i += 1
        elif first_heading is not None and front.lead is None and i == limit - 1:
            front.add_lead(block)
        else:
            break
        i += 1
    front.end = i
    return front


def _speaker_segments(
    rest: list[Block], speakers: set[int], headlines: set[int], gazetteer, context, front: _Front
) -> list[Segment]:
    segments: list[Segment] = []
    for b in rest:
        if b.index in headlines:
            continue
        m = speaker_line(b.text) if b.index in speakers else None
        if m is not None:
            org, region = org_of(m.group("title"), gazetteer, context)
            headline = next((x.text for x in rest if x.index == b.index - 1 and x.index in headlines), None)
            segments.append(
                _segment(
                    b.index,
                    region,
                    headline=headline,
                    speaker_title=m.group("title"),
                    speaker_name=m.group("name"),
                    speaker_org=org,
                )
            )
        elif not segments:  # body text before the first speaker: keep it with the lead
            front.add_lead(b)
        else:
            segments[-1].blocks.append(b.index)
    return segments


def _place_segments(rest: list[Block], labels: dict, context: RegionRef | None) -> list[Segment]:
    segments = [_segment(None, context)]
    for b in rest:
        if b.index in labels:  # 江北区：上半年，全区…: a new part, for that place
            place, heading_only = labels[b.index]
            segments.append(_segment(b.index, place, speaker_org=place.name))
            if heading_only:
                continue
        segments[-1].blocks.append(b.index)
    if not segments[0].blocks and len(segments) > 1:
        del segments[0]
    return segments


def _sections(segments: list[Segment], orders: list, by_index: dict[int, Block]) -> list[Section]:
    sections = []
    for no, (seg, order) in enumerate(zip(segments, orders, strict=True), 1):
        paragraphs = [
            Paragraph(
                pieces=[piece for i in para for piece in by_index[i].pieces],
                text="".join(by_index[i].text for i in para),
                original_position=para[0],
            )
            for para in order
        ]
        sections.append(
            Section(
                no,
                seg.headline,
                seg.speaker_title,
                seg.speaker_name,
                seg.speaker_org,
                seg.region_code,
                seg.region_name,
                paragraphs,
            )
        )
    return sections


def _account(
    blocks: list[Block], roles: dict[int, str], sections: list[Section], headings: dict[int, int]
) -> list[TextPiece]:
    """Where every block went: its role, its section, and the pieces set apart in it."""
    section_of = {a: s.section_no for s in sections for p in s.paragraphs for a, _ in p.pieces}
    pieces = []
    for b in blocks:
        role = roles.get(b.index, "paragraph")
        reason = furniture(b.text) if role == "skipped" else None
        section = headings.get(b.index)
        for start, end in b.pieces:
            pieces.append(TextPiece(start, end, role, section or section_of.get(start), reason))
        pieces += [TextPiece(a, z, "skipped", None, why) for a, z, why in b.skipped]
    return sorted(pieces, key=lambda p: p.start)


def read_structure(
    decoded: DecodedText, gazetteer: Gazetteer, context: RegionRef | None = None
) -> DocumentStructure:
    """Blocks → title block, lead, sections; displaced tails put back (see ``layout``)."""
    blocks = split_blocks(decoded)
    skipped = {b.index for b in blocks if furniture(b.text)}
    body = [b for b in blocks if b.index not in skipped]
    texts = {b.index: b.text for b in body}
    cells = cell_lines(texts)  # a table set one cell per line
    speakers = {b.index for b in body if speaker_line(b.text)}
    headlines = {
        i - 1 for i in speakers if i - 1 in texts and _is_headline(texts[i - 1]) and i - 1 not in speakers
    }
    first = min([*headlines, *speakers], default=None)
    first_heading = next((n for n, b in enumerate(body) if b.index == first), None)
    front = _front_matter(body, first_heading, cells)
    rest = body[front.end :]
    if speakers:
        segments = _speaker_segments(rest, speakers, headlines, gazetteer, context, front)
    else:
        segments = _place_segments(rest, _place_labels(rest, gazetteer, context, cells), context)
    matched, joins = repair(segments, texts, cells)
    sections = _sections(segments, reading_order(segments, matched, texts), {b.index: b for b in body})
    read = {i for seg in segments for i in seg.blocks}
    roles = dict(front.roles or {}) | {i: "skipped" for i in skipped} | {i: "headline" for i in headlines}
    roles |= {
        seg.heading: "speaker" if seg.speaker_title else "headline"
        for seg in segments
        if seg.heading is not None and seg.heading not in read
    }
    heading_sections = {seg.heading: no for no, seg in enumerate(segments, 1) if seg.heading is not None}
    structure = DocumentStructure(
        front.title, front.subtitle, front.lead, sections, [j.decision for j in joins]
    )
    structure.pieces = _account(blocks, roles, sections, heading_sections)
    return structure
