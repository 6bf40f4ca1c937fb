"""Document structure: title, subtitle, lead, and speaker sections in reading order.

A speaker line is a short line of a title ending in an office (书记, 主任, 局长 …) and
a name (a space or colon between them, a bullet before and a colon after are optional;
or the name first, the title in brackets); the short line before it is the section's
headline. The org is read from the title and mapped to the region it speaks for (a
district's 区委书记 → that district; a department of the city → the city). A document
without speaker lines is one section speaking for the document's region, or, when two or
more paragraphs open with a place (江北区：…, 【南岸区】…), one section per place.
"""

from __future__ import annotations

import re

from dagster_project.textcore.layout import Segment, is_complete, reading_order, repair, split_blocks
from dagster_project.textcore.models import DecodedText, DocumentStructure, Paragraph, Section
from dagster_project.textcore.regions import Gazetteer, RegionRef

OFFICES = (
    "书记|副书记|主任|副主任|局长|区长|县长|市长|州长|主席|部长|厅长|负责人|常委|董事长|总经理|党组成员|委员"
)
# A bullet before the line (■, ◆), no space before the name, a colon after it: all seen in print.
BULLETS = r"^[■◆◇●○▲△★☆□▶►•·\-—－\s]*"
SPEAKER = re.compile(
    rf"{BULLETS}(?P<title>[^\s，。；：:■◆（(]{{2,48}}?(?:{OFFICES}))(?:\s*[:：]\s*|\s*)"
    r"(?P<name>[\u4e00-\u9fff·]{2,5})\s*[:：]?$"
)
# 张三（武侯区委书记）: the name first, the title in brackets
SPEAKER_NAME_FIRST = re.compile(
    rf"{BULLETS}(?P<name>[\u4e00-\u9fff·]{{2,5}})\s*[（(](?P<title>[^\s，。；）)]{{2,48}}?(?:{OFFICES}))[）)]\s*[:：]?$"
)
# Common surnames (single and compound): a name written straight after the office, with no
# space (渝北区委书记张三), must start with one, so that 区县委书记发言摘登 is no speaker line.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
) | frozenset("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 钟离 端木".split())
ORG = re.compile(r"^(?P<org>.+?)(?:党组|党委|党工委|工委|委书记|书记|副书记|主任|局长|区长|县长|市长|负责人)")
PLACE_LABEL = re.compile(
    r"^(?:[【\[〔](?P<bracketed>[\u4e00-\u9fff]{2,12})[】\]〕]\s*"
    r"|(?P<plain>[\u4e00-\u9fff]{2,12}?)(?:[:：]|\s+|$))"
)
LEAD_MARK = re.compile(r"^(核心提示|编者按|导读)[:：]?$")
HEADLINE_MAX = 48


def _org(title: str, gazetteer: Gazetteer, context: RegionRef | None) -> tuple[str | None, RegionRef | None]:
    """The org a speaker represents and the region it speaks for."""
    parts = title.split("、")
    named = [p for p in parts if gazetteer.find(p, context)]
    part = named[-1] if named else parts[0]
    m = ORG.match(part)
    org = re.sub(r"^中共", "", m.group("org") if m else part)
    region = gazetteer.org_region(part, context) or gazetteer.org_region(title, context)
    if region and org.rstrip("委").endswith(region.name):  # 成都市武侯区委 → 武侯区
        org = region.name
    return org, region


def _names(region: RegionRef | None) -> tuple[str, ...]:
    """A region's full and short names, by which a displaced tail points to its section."""
    return tuple(n for n in (region.name, region.short_name) if n) if region else ()


def _place_labels(
    blocks: list, gazetteer: Gazetteer, context: RegionRef | None
) -> dict[int, tuple[RegionRef, bool]]:
    """Blocks that open with a place as a label (江北区：…, 【南岸区】…, a line 沙坪坝区 alone):
    index -> (place, whether the block is the label alone).  Two or more such blocks make a
    digest of places; a single one is ordinary prose."""
    found = {}
    for b in blocks:
        m = PLACE_LABEL.match(b.text)
        place = gazetteer.lookup(m.group("bracketed") or m.group("plain"), context) if m else None
        if place is not None:
            found[b.index] = (place, m.end() == len(b.text))
    return found if len(found) >= 2 else {}


def speaker_line(text: str) -> re.Match[str] | None:
    """The line as a speaker line (groups ``title`` and ``name``), or None."""
    m = SPEAKER.match(text)
    if m is not None:
        unsure = m.start("name") == m.end("title")  # no space or colon before the name
    else:
        m = SPEAKER_NAME_FIRST.match(text)
        unsure = True
    if m is None:
        return None
    name = m.group("name")
    if unsure and (len(name) > 4 or (name[0] not in SURNAMES and name[:2] not in SURNAMES)):
        return None  # it must look like a name
    return m


def _is_headline(text: str) -> bool:
    return len(text) <= HEADLINE_MAX and not is_complete(text) and "，" not in text


def read_structure(
    decoded: DecodedText, gazetteer: Gazetteer, context: RegionRef | None = None
) -> DocumentStructure:
    """Blocks → title block, lead, sections; displaced tails put back (see ``layout``)."""
    blocks = split_blocks(decoded)
    texts = {b.index: b.text for b in blocks}
    speakers = [b.index for b in blocks if speaker_line(b.text)]
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
    labels = {} if speakers else _place_labels(blocks[front_end:], gazetteer, context)
    if not speakers:
        current = Segment(None, _names(context))
        segments.append(current)
        meta.append((None, None, None, None, context))
        for b in blocks[front_end:]:
            if b.index in labels:  # 江北区：上半年，全区…: a new part, for that place
                place, heading_only = labels[b.index]
                current = Segment(b.index, _names(place))
                segments.append(current)
                meta.append((None, None, None, place.name, place))
                if heading_only:
                    continue
            current.blocks.append(b.index)
        if not segments[0].blocks and len(segments) > 1:
            del segments[0], meta[0]
    else:
        current = None
        for b in blocks[front_end:]:
            if b.index in headlines:
                continue
            if b.index in speakers:
                m = speaker_line(b.text)
                org, region = _org(m.group("title"), gazetteer, context)
                current = Segment(b.index, _names(region))
                segments.append(current)
                headline = texts[b.index - 1] if b.index - 1 in headlines else None
                meta.append((headline, m.group("title"), m.group("name"), org, region))
                continue
            if current is None:  # body text before the first speaker: keep it with the lead
                lead = (lead + "\n" if lead else "") + b.text
                continue
            current.blocks.append(b.index)
    matched, joins = repair(segments, texts)
    orders = reading_order(segments, matched, texts)
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
