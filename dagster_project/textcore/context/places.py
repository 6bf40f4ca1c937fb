"""The place a document is about, weighed from every kind of evidence the text offers.

A document's place is where its 全区/全县/全市 and its unplaced values belong (CONTRACT.md).
It is read, strongest first, from the metadata's ``region``; else from the places the text
names, each weighed by where it stands:

- the title (meta ``title`` or the short lines that open the text): 龙岗前三季度成绩单;
- the publisher, when it is the place's own organ: 泉州市统计局, 今日房县, 岱山新闻网, a
  dateline 信阳消息 or a line 来源:深圳新闻网;
- a speaker's office: 平桥区委书记;
- a place that opens a clause of the opening stating a value (维西县实现地区生产总值…);
- the opening lines, then the whole body, by how often a place is named.

The words a text uses for itself tell the level of its place: 全县/我县 a county, 全区 a
district (or an autonomous region), 全市 a city, 全省 a province; the candidate of that level
gains. So a district paper's report on one of its districts (深圳新闻网 on 龙岗区, 全区…)
goes to the district, not the paper's city, and a digest of many places at one level with
no title place goes to the place that contains them, or to none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.textcore.context.choice import (
    BODY,
    LEAD,
    PUBLISHER,
    SPEAKER,
    SUBJECT,
    TITLE,
    Tally,
    choose,
    innermost,
    many_peers,
    matches_level,
)
from dagster_project.textcore.context.shared_names import shared_place
from dagster_project.textcore.layout.blocks import BREADCRUMB, BYLINE, GLOSS, furniture
from dagster_project.textcore.regions import Gazetteer, RegionRef

# A place opening a clause of the lead that states a value (今年一季度，维西县实现地区生产总值…)
SUBJECT_CLAUSE = re.compile(r"(?:^|[。；;，,\n])(?P<clause>[^。；;，,\n]{2,60})")
PERIOD_OPENING = re.compile(
    r"^(?:\d{4}年)?(?:今年|去年)?(?:上半年|前三季度|全年|[一二三四1-4]季度|\d{1,2}[-—至]\d{1,2}月份?|\d{1,2}月份?)?"
)
LEAD_CHARS = 300

# Words by which a text speaks of its own place, by level; not in a ranking or a comparison,
# where they name the place above it (居全区第一, 领跑全区, 高于全市平均).
_NOT_SELF_BEFORE = r"(?<![居列位领跑于比在占])"
_NOT_SELF_AFTER = r"(?![“\"「]?[第首前平同排最唯])"  # 保持全省“第一方阵”: a ranking too
SELF_WORDS = {
    level: re.compile(rf"{_NOT_SELF_BEFORE}(?:(?:全|我|本){c}|{c}委|{c}政府){_NOT_SELF_AFTER}")
    for level, c in (
        ("county", "[县旗]"),
        ("district", "区"),
        ("city", "市"),
        ("prefecture", "[州盟](?!县)"),  # 全州 of an autonomous prefecture (not 全州县, a county)
        ("province", "省"),
    )
}
# The organ of a place: what is left of a publisher's name without these is the place.
ORGAN = re.compile(
    r"(?:人民政府|政府网?|统计局|统计信息网|发展和改革委员会|发改委|日报社?|晚报|晨报|时报|新闻网|新闻|"
    r"融媒体中心?|融媒|广播电视台|电视台|发布|客户端|门户网站?|频道|网|报)$"
)
# A national portal's regional channel is its region's (新浪安徽, 人民网安徽频道); 新 alone is
# a paper's prefix (新安徽报 is no publisher here, 新余 a place: only before a place's name).
NATIONAL_PORTAL = r"^(?:新浪|腾讯|网易|搜狐|凤凰网|人民网|新华网|央广网|中新网|新(?=..))"
PUBLISHER_LINE = re.compile(r"(?:来源|来自|稿源|出处)\s*[:：]\s*(?P<name>[^\s|,，。]{2,20})")
DATELINE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,12}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电)"
    # (蕲春广播电视台全媒体记者…报道): the station or paper reporting
    r"|^[(（](?P<station>[\u4e00-\u9fff]{2,12}?(?:报|台|网|中心))(?:全媒体|融媒体)?记者"
)
# 我代表龙岗区人民政府向大会作工作报告: the body the speaker reports for
REPRESENTS = re.compile(r"我代表(?P<org>[\u4e00-\u9fff]{2,16}?(?:人民政府|政府|委员会|常委会))")
TITLE_LINES = 6
ORIGINAL_TITLE = re.compile(r"原标题[:：]\s*(.+)")  # a repost's note of the title it first ran under
TITLE_MAX = 48


@dataclass(frozen=True)
class PlaceEvidence:
    """The place chosen for a document and the kind of evidence that carried it."""

    region: RegionRef | None
    source: str | None  # 'meta' | 'title' | 'publisher' | 'speaker' | 'lead' | 'text' | None


def self_level(text: str) -> str | None:
    """The level a text names itself by most often (全县 → 'county', 全州 → 'prefecture'), if it does."""
    counts = {level: pattern.findall(text) for level, pattern in SELF_WORDS.items()}
    # 我市 is how a text speaks as itself; 全省 may be the province it reports on (省委…全省…会上);
    # 省委、省政府 are often only the organs it answers to (在省委、省政府和市委领导下，全市上下)
    mine = {level: sum(w[0] in "我本" for w in words) for level, words in counts.items()}
    whole = {level: sum(w[0] == "全" for w in words) for level, words in counts.items()}
    level, n = max(counts.items(), key=lambda item: (mine[item[0]], whole[item[0]], len(item[1])))
    return level if n else None


def publisher_place(name: str | None, gazetteer: Gazetteer, level: str | None = None) -> RegionRef | None:
    """The place whose organ a publisher is (长顺县统计局 → 长顺县, 岱山新闻网 → 岱山县); a
    paper named by a shortened name (九龙报) of a place of the text's ``level`` (全区: 九龙坡区,
    not 九龙县) is that place's."""
    if not name:
        return None
    name = re.sub(r"\s+", "", name)
    ref = gazetteer.org_region(name) or gazetteer.lookup(name)
    if ref:
        return ref
    stem = name
    for _ in range(3):
        stem = re.sub(NATIONAL_PORTAL, "", re.sub(r"^(?:今日|掌上|云上|中国|中共)", "", ORGAN.sub("", stem)))
        ref = gazetteer.lookup(stem) if len(stem) >= 2 else None
        if ref:
            return _of_level(stem, ref, gazetteer, level)
    found = gazetteer.find(name)
    return found[0][2] if found and found[0][0] == 0 else None


def _of_level(stem: str, ref: RegionRef, gazetteer: Gazetteer, level: str | None) -> RegionRef:
    """``ref``, or the one place of the text's level whose short name ``stem`` begins."""
    if level is None or matches_level(ref, level):
        return ref
    longer = {
        other.code: other
        for surface in gazetteer.surface_forms()
        if surface.startswith(stem) and len(surface) > len(stem)
        for other, _ in gazetteer.surfaces(surface).values()
        if other.short_name.startswith(stem) and matches_level(other, level)
    }
    return next(iter(longer.values())) if len(longer) == 1 else ref


def _subjects(lead: str, gazetteer: Gazetteer, context: RegionRef | None, loose: bool) -> list[RegionRef]:
    """Places that open a clause of the lead stating a value: what the text reports on."""
    found = []
    for m in SUBJECT_CLAUSE.finditer(lead):
        clause = GLOSS.sub("", m.group("clause"))  # 西藏自治区(qū)拉萨市: the names as written
        if DATELINE.match(clause):  # 深圳新闻网1月24日讯: the paper, not what it reports on
            continue
        rest = clause[PERIOD_OPENING.match(clause).end() :]  # type: ignore[union-attr]
        places = gazetteer.find(rest[:12], context, loose)
        if places and places[0][0] == 0 and re.search(r"\d", clause):
            found.append(innermost(places, gazetteer)[0])  # 武汉市江岸区第十三届…: the district
    return list({ref.code: ref for ref in found}.values())


def _opening_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """The short lines that open a text (title, subtitle, dateline) and the rest."""
    head = []
    for line in lines[:TITLE_LINES]:
        asks = line.endswith(("?", "？")) and not re.search(r"[，,；;]", line)  # 福州最富的区县是哪个?
        if len(line) > TITLE_MAX or (line.endswith(("。", "!", "?", "！", "？")) and not asks):
            break
        head.append(line)
    return head, lines[len(head) :]


def document_place(
    lines: list[str],
    gazetteer: Gazetteer,
    meta_region: str | None = None,
    meta_title: str | None = None,
    meta_source: str | None = None,
    speaker_titles: list[str] | None = None,
) -> PlaceEvidence:
    """The place a document is about: ``lines`` are its non-empty lines (normalised text)."""
    if meta_region and (ref := gazetteer.lookup(meta_region)):
        return PlaceEvidence(ref, "meta")
    head, body_lines = _opening_lines(lines)
    body = "\n".join(body_lines)
    mastheads = [
        line
        for line in head
        if PUBLISHER_LINE.search(line) or (ORGAN.search(line) and publisher_place(line, gazetteer))
    ]
    titles = [GLOSS.sub("", t) for t in (meta_title, *head) if t and t not in mastheads and not furniture(t)]
    titles += [m.group(1) for line in head if (m := ORIGINAL_TITLE.match(line))]  # 原标题:前三季度江西省…
    publishers = [meta_source, *(line for line in mastheads if not PUBLISHER_LINE.search(line))]
    publishers += [m.group("name") for line in lines[:8] for m in PUBLISHER_LINE.finditer(line)]
    publishers += [
        m.group("name") or m.group("station") for line in body_lines[:3] if (m := DATELINE.match(line))
    ]
    level = self_level(body)
    context, loose = None, False
    named = {r.code: r for name in publishers if (r := publisher_place(name, gazetteer, level))}
    crumbs = [line for line in head if BREADCRUMB.match(line)]  # 首页 > 宁波 > 新闻: the site's section
    crumbs += [m.group("byline") for line in head if (m := BYLINE.match(line))]  # 北京通州发布 2023-07-25
    named |= {r.code: r for line in crumbs for _, _, r in gazetteer.find(line)}
    reported = REPRESENTS.search(body[:LEAD_CHARS])  # 我代表龙岗区人民政府: the body it reports for
    org = reported.group("org") if reported else ""
    represented = gazetteer.org_region(org) if gazetteer.find(org) else None  # a place it names
    for _ in range(3):  # a second pass reads short county names in the province first found;
        tally = Tally(gazetteer, loose)  # a text naming no place is read again loosely
        for title in titles:
            for ref in {
                r.code: r for r in innermost(gazetteer.find(title, context, loose), gazetteer, title)
            }.values():
                tally.add(ref, TITLE)
        for ref in named.values():
            tally.add(ref, PUBLISHER)  # a paper's name in its masthead and dateline: one publisher
        if len(speaker_titles or []) == 1 and (ref := gazetteer.org_region(speaker_titles[0], context)):
            tally.add(ref, SPEAKER)
        elif speaker_titles:  # several speakers: each speaks of a section's place, 全区 too
            level = None
        if represented is not None:
            tally.add(represented, SPEAKER)
        tally.add_text(body[:LEAD_CHARS], LEAD, context)
        for ref in _subjects(body[:LEAD_CHARS], gazetteer, context, loose):
            tally.add(ref, SUBJECT)
        if not loose or level is not None:  # read loosely, the body names it at the text's level
            tally.add_text(body, BODY, context)
        best = choose(tally, gazetteer, level)
        if best is not None and loose and level is not None and not matches_level(best, level):
            best = None
        if best is None and not loose and (not tally.score or many_peers(tally, gazetteer) is None):
            loose = True
        elif best is None or context is not None:
            break
        else:
            context = best
    if best is None:  # 西湖区 alone: a name several divisions hold, kept as the text gives it
        for source, texts in ((TITLE, titles), (BODY, [body])):
            if shared := shared_place(texts, gazetteer):
                return PlaceEvidence(shared, source)
        return PlaceEvidence(None, None)
    held = best.code not in tally.best_source  # the city holding the one county the text names
    return PlaceEvidence(best, "text" if held else tally.best_source[best.code][1])
