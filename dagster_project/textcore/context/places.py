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
from collections import Counter
from dataclasses import dataclass

from dagster_project.textcore.regions import Gazetteer, RegionRef

TITLE, SUBJECT, PUBLISHER, SPEAKER, LEAD, BODY = "title", "subject", "publisher", "speaker", "lead", "text"
WEIGHT = {TITLE: 6, SUBJECT: 4, PUBLISHER: 5, SPEAKER: 3, LEAD: 2, BODY: 1}
# A place opening a clause of the lead that states a value (今年一季度，维西县实现地区生产总值…)
SUBJECT_CLAUSE = re.compile(r"(?:^|[。；;，,\n])(?P<clause>[^。；;，,\n]{2,60})")
PERIOD_OPENING = re.compile(
    r"^(?:\d{4}年)?(?:今年|去年)?(?:上半年|前三季度|全年|[一二三四1-4]季度|\d{1,2}[-—至]\d{1,2}月份?|\d{1,2}月份?)?"
)
MAX_MENTIONS = {LEAD: 3, BODY: 5}
LEVEL_FACTOR = 2  # a candidate of the level the text names itself by (全县 → a county) counts double
LEAD_CHARS = 300

# Words by which a text speaks of its own place, by level; not in a ranking or a comparison,
# where they name the place above it (居全区第一, 领跑全区, 高于全市平均).
_NOT_SELF_BEFORE = r"(?<![居列位领跑于比在占])"
_NOT_SELF_AFTER = r"(?![第首前平同排最唯])"
SELF_WORDS = {
    level: re.compile(rf"{_NOT_SELF_BEFORE}(?:(?:全|我|本){c}|{c}委|{c}政府){_NOT_SELF_AFTER}")
    for level, c in (("county", "[县旗]"), ("district", "区"), ("city", "市"), ("province", "省"))
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
DATELINE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,12}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电)")
RANKED_IN = re.compile(r"(?:居|位居|位列|排名|排在|领跑|领先)$")
TITLE_LINES = 6
TITLE_MAX = 48


@dataclass(frozen=True)
class PlaceEvidence:
    """The place chosen for a document and the kind of evidence that carried it."""

    region: RegionRef | None
    source: str | None  # 'meta' | 'title' | 'publisher' | 'speaker' | 'lead' | 'text' | None


def self_level(text: str) -> str | None:
    """The level a text names itself by most often (全县 → 'county'), if it does."""
    counts = {level: len(pattern.findall(text)) for level, pattern in SELF_WORDS.items()}
    level, n = max(counts.items(), key=lambda item: item[1])
    return level if n else None


def matches_level(ref: RegionRef, level: str | None) -> bool:
    """Whether ``ref`` is a place of the level a text names itself by."""
    if level is None:
        return False
    name = ref.name
    if level == "county":
        return ref.level == "county" and name.endswith(("县", "旗"))
    if level == "district":
        district = ref.level == "county" and name.endswith("区")
        return district or ref.level == "zone" or name.endswith("自治区")
    if level == "city":
        return ref.level == "prefecture" or (ref.level in ("county", "province") and name.endswith("市"))
    return ref.level == "province"


def publisher_place(name: str | None, gazetteer: Gazetteer) -> RegionRef | None:
    """The place whose organ a publisher is (长顺县统计局 → 长顺县, 岱山新闻网 → 岱山县)."""
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
            return ref
    found = gazetteer.find(name)
    return found[0][2] if found and found[0][0] == 0 else None


def _subjects(lead: str, gazetteer: Gazetteer, context: RegionRef | None, loose: bool) -> list[RegionRef]:
    """Places that open a clause of the lead stating a value: what the text reports on."""
    found = []
    for m in SUBJECT_CLAUSE.finditer(lead):
        clause = m.group("clause")
        if DATELINE.match(clause):  # 深圳新闻网1月24日讯: the paper, not what it reports on
            continue
        rest = clause[PERIOD_OPENING.match(clause).end() :]  # type: ignore[union-attr]
        places = gazetteer.find(rest[:12], context, loose)
        if places and places[0][0] == 0 and re.search(r"\d", clause):
            found.append(places[0][2])
    return list({ref.code: ref for ref in found}.values())


def _opening_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """The short lines that open a text (title, subtitle, dateline) and the rest."""
    head = []
    for line in lines[:TITLE_LINES]:
        if len(line) > TITLE_MAX or line.endswith(("。", "!", "?", "！", "？")):
            break
        head.append(line)
    return head, lines[len(head) :]


class _Tally:
    """Scores of candidate places by kind of evidence."""

    def __init__(self, gazetteer: Gazetteer, loose: bool = False) -> None:
        self.gazetteer = gazetteer
        self.loose = loose
        self.score: Counter[str] = Counter()
        self.best_source: dict[str, tuple[int, str]] = {}
        self.sources: dict[str, set[str]] = {}

    def add(self, ref: RegionRef, source: str, mentions: int = 1) -> None:
        gain = WEIGHT[source] * min(mentions, MAX_MENTIONS.get(source, 1))
        self.score[ref.code] += gain
        self.sources.setdefault(ref.code, set()).add(source)
        if WEIGHT[source] > self.best_source.get(ref.code, (0, ""))[0]:
            self.best_source[ref.code] = (WEIGHT[source], source)

    def add_text(self, text: str, source: str, context: RegionRef | None) -> None:
        found = [  # 增幅居温州“三区两市”第二位: the frame of a ranking, not the text's place
            f for f in self.gazetteer.find(text, context, self.loose) if not RANKED_IN.search(text, 0, f[0])
        ]
        # 四川省成都市: a place written right before one inside it names that one
        inner = {n for n in range(len(found) - 1) if found[n + 1][0] == found[n][1]}
        named = [
            ref
            for n, (_, _, ref) in enumerate(found)
            if not (n in inner and self.gazetteer.within(found[n + 1][2], ref))
        ]
        counts = Counter(ref.code for ref in named)
        for code, n in counts.items():
            self.add(self.gazetteer.by_code(code), source, n)  # type: ignore[arg-type]


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
    titles = [t for t in (meta_title, *head) if t and t not in mastheads]
    publishers = [meta_source, *(line for line in mastheads if not PUBLISHER_LINE.search(line))]
    publishers += [m.group("name") for line in lines[:8] for m in PUBLISHER_LINE.finditer(line)]
    publishers += [m.group("name") for line in body_lines[:3] if (m := DATELINE.match(line))]
    level = self_level(body)
    context, loose = None, False
    for _ in range(3):  # a second pass reads short county names in the province first found;
        tally = _Tally(gazetteer, loose)  # a text naming no place is read again loosely
        for title in titles:
            for ref in {r.code: r for _, _, r in gazetteer.find(title, context, loose)}.values():
                tally.add(ref, TITLE)
        for ref in {r.code: r for name in publishers if (r := publisher_place(name, gazetteer))}.values():
            tally.add(ref, PUBLISHER)  # a paper's name in its masthead and dateline: one publisher
        if len(speaker_titles or []) == 1 and (ref := gazetteer.org_region(speaker_titles[0], context)):
            tally.add(ref, SPEAKER)
        elif speaker_titles:  # several speakers: each speaks of a section's place, 全区 too
            level = None
        tally.add_text(body[:LEAD_CHARS], LEAD, context)
        for ref in _subjects(body[:LEAD_CHARS], gazetteer, context, loose):
            tally.add(ref, SUBJECT)
        if not loose:  # read loosely, only the opening names the text's own place
            tally.add_text(body, BODY, context)
        best = _choose(tally, gazetteer, level)
        if best is not None and loose and level is not None and not matches_level(best, level):
            best = None
        if best is None and not loose:
            loose = True
        elif best is None or context is not None:
            break
        else:
            context = best
    if best is None:
        return PlaceEvidence(None, None)
    return PlaceEvidence(best, tally.best_source[best.code][1])


ABOUT = (TITLE, SUBJECT, SPEAKER)  # what the text is about: ahead of its publisher (CONTRACT.md)
ALONE = (TITLE, SPEAKER, PUBLISHER)  # evidence that names one place on its own, not one of a list


def _tier(sources: set[str]) -> int:
    """0: the text is about it; 1: its publisher is its organ; 2: it is only named."""
    return 0 if sources & set(ABOUT) else 1 if PUBLISHER in sources else 2


def _named_inside_publisher(tally: _Tally, gazetteer: Gazetteer, level: str | None) -> RegionRef | None:
    """A city paper on one of its districts (深圳新闻网 on 龙华区, 全区…): the most named place
    of the level the text speaks of itself by, inside the publisher's place."""
    publishers = [
        ref for code in tally.score if PUBLISHER in tally.sources[code] and (ref := gazetteer.by_code(code))
    ]
    inner = [
        (tally.score[code], code, ref)
        for code in tally.score
        if (ref := gazetteer.by_code(code))
        and matches_level(ref, level)
        and any(
            p.code != code and not matches_level(p, level) and gazetteer.within(ref, p) for p in publishers
        )
    ]
    return max(inner, key=lambda item: (item[0], item[1]))[2] if inner else None


def _choose(tally: _Tally, gazetteer: Gazetteer, level: str | None) -> RegionRef | None:
    """The best-supported candidate of the strongest tier of evidence; a tie between places
    of one level that no title, speaker or publisher names alone goes to the place containing
    them, or to none (a digest of many places)."""
    if not tally.score:
        return None
    listed = [
        ref
        for code, sources in tally.sources.items()
        if SUBJECT in sources and not sources & set(ALONE) and (ref := gazetteer.by_code(code))
    ]
    containing = [  # 苏州市…，南京市…，无锡市…: the opening lists places; the one holding them
        ref
        for ref in listed
        if len(others := [p for p in listed if p.code != ref.code]) >= 3
        and all(gazetteer.within(p, ref) for p in others)
    ]
    if containing:
        return containing[0]
    tier = min(_tier(tally.sources[code]) for code in tally.score)
    if tier == 1 and (inner := _named_inside_publisher(tally, gazetteer, level)):
        return inner
    refs = {code: gazetteer.by_code(code) for code in tally.score if _tier(tally.sources[code]) == tier}
    total = {
        code: tally.score[code] * (LEVEL_FACTOR if matches_level(refs[code], level) else 1)  # type: ignore[arg-type]
        for code in refs
    }
    ranked = sorted(total, key=lambda code: (-total[code], code))
    best = refs[ranked[0]]
    if len(ranked) > 1 and not tally.sources[ranked[0]] & set(ALONE):
        second = refs[ranked[1]]
        related = gazetteer.within(best, second) or gazetteer.within(second, best)  # type: ignore[arg-type]
        peers = [  # 广东…，江苏…，山东…，浙江…: several places named about as often, a digest
            code
            for code in ranked[1:]
            if total[code] * 2 >= total[ranked[0]]
            and not (gazetteer.within(best, refs[code]) or gazetteer.within(refs[code], best))  # type: ignore[arg-type]
        ]
        if not related and (total[ranked[1]] * 3 >= total[ranked[0]] * 2 or (tier == 0 and len(peers) >= 2)):
            everyone = {code: gazetteer.by_code(code) for code in tally.score}
            containing = [
                ref
                for ref in everyone.values()
                if gazetteer.within(best, ref) and gazetteer.within(second, ref)  # type: ignore[arg-type]
            ]
            return containing[0] if containing else None
    return best
