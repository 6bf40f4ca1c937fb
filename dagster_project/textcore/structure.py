"""Document structure: title, subtitle, lead, and speaker sections in reading order.

A speaker line is a short line of a title ending in an office (书记, 主任, 局长 …), a
space and a name; the short line before it is the section's headline. The org is
read from the title and mapped to the region it speaks for (a district's 区委书记 →
that district; a department of the city → the city). A document without speaker
lines is one section speaking for the document's region.
"""

from __future__ import annotations

import re

from dagster_project.textcore.layout import Segment, is_complete, reading_order, repair, split_blocks
from dagster_project.textcore.models import DecodedText, DocumentStructure, Paragraph, Section
from dagster_project.textcore.regions import Gazetteer, RegionRef

OFFICES = (
    "书记|副书记|主任|副主任|局长|区长|县长|市长|州长|主席|部长|厅长|负责人|常委|董事长|总经理|党组成员|委员"
)
SPEAKER = re.compile(
    rf"^(?P<title>[^\s，。；：:]{{2,48}}?(?:{OFFICES}))\s+(?P<name>[\u4e00-\u9fff·]{{2,5}})$"
)
ORG = re.compile(r"^(?P<org>.+?)(?:党组|党委|党工委|工委|委书记|书记|副书记|主任|局长|区长|县长|市长|负责人)")
LEAD_MARK = re.compile(r"^(核心提示|编者按|导读)[:：]?$")
HEADLINE_MAX = 48


def _org(title: str, gazetteer: Gazetteer, context: RegionRef | None) -> tuple[str | None, RegionRef | None]:
    """The org a speaker represents and the region it speaks for."""
    parts = title.split("、")
    named = [p for p in parts if gazetteer.find(p, context)]
    part = named[-1] if named else parts[0]
    m = ORG.match(part)
    org = m.group("org") if m else part
    region = gazetteer.org_region(part, context) or gazetteer.org_region(title, context)
    if region and org.rstrip("委") == region.name:
        org = region.name
    return org, region


def _is_headline(text: str) -> bool:
    return len(text) <= HEADLINE_MAX and not is_complete(text) and "，" not in text


def read_structure(
    decoded: DecodedText, gazetteer: Gazetteer, context: RegionRef | None = None
) -> DocumentStructure:
    """Blocks → title block, lead, sections; displaced tails put back (see ``layout``)."""
    blocks = split_blocks(decoded)
    texts = {b.index: b.text for b in blocks}
    speakers = [b.index for b in blocks if SPEAKER.match(b.text)]
    headlines = {i - 1 for i in speakers if i > 0 and _is_headline(texts[i - 1]) and i - 1 not in speakers}
    first_heading = min([*headlines, *speakers], default=None)

    title = subtitle = lead = None
    front_end = 0
    limit = first_heading if first_heading is not None else min(len(blocks), 4)
    i = 0
    while i < limit:
        text = texts[i]
        if i == 0 and _is_headline(text):
            title = text
        elif text.startswith(("——", "—", "--")) and subtitle is None:
            subtitle = text.lstrip("—- ")
        elif LEAD_MARK.match(text) and i + 1 < len(blocks):
            lead = texts[i + 1]
            i += 1
        elif first_heading is None:
            break
        elif lead is None and i == limit - 1:
            lead = text
        else:
            break
        i += 1
    front_end = i

    segments: list[Segment] = []
    meta: list[tuple[str | None, str | None, str | None, str | None, RegionRef | None]] = []
    if not speakers:
        segments.append(
            Segment(None, tuple(n for n in (context.name, context.short_name) if n) if context else ())
        )
        meta.append((None, None, None, None, context))
        segments[0].blocks = [b.index for b in blocks[front_end:]]
    else:
        current = None
        for b in blocks[front_end:]:
            if b.index in headlines:
                continue
            if b.index in speakers:
                m = SPEAKER.match(b.text)
                org, region = _org(m.group("title"), gazetteer, context)
                names = tuple(n for n in (region.name, region.short_name) if n) if region else ()
                current = Segment(b.index, names)
                segments.append(current)
                headline = texts[b.index - 1] if b.index - 1 in headlines else None
                meta.append((headline, m.group("title"), m.group("name"), org, region))
                continue
            if current is None:  # body text before the first speaker: keep it with the lead
                lead = (lead + "\n" if lead else "") + b.text
                continue
            current.blocks.append(b.index)
    matched, joins = repair(segments, texts)
    orders = reading_order(segments, matched)
    by_index = {b.index: b for b in blocks}
    sections = []
    for no, (order, (headline, title_text, name, org, region)) in enumerate(
        zip(orders, meta, strict=True), 1
    ):
        paragraphs = [
            Paragraph(
                pieces=[(by_index[i].start, by_index[i].end) for i in para],
                text="".join(texts[i] for i in para),
                original_position=para[0],
            )
            for para in order
        ]
        sections.append(
            Section(
                no,
                headline,
                title_text,
                name,
                org,
                region.code if region else None,
                region.name if region else None,
                paragraphs,
            )
        )
    return DocumentStructure(title, subtitle, lead, sections, [j.decision for j in joins])
