"""Choosing the document's place among the places the text names: the evidence tallied by kind
(``Tally``), the tiers of that evidence, digests of peers and a paper on one of its districts."""

from __future__ import annotations

import re
from collections import Counter

from dagster_project.textcore.placefinder import COMMON_WORDS
from dagster_project.textcore.regions import Gazetteer, RegionRef

TITLE, SUBJECT, PUBLISHER, SPEAKER, LEAD, BODY = "title", "subject", "publisher", "speaker", "lead", "text"
WEIGHT = {TITLE: 6, SUBJECT: 4, PUBLISHER: 5, SPEAKER: 3, LEAD: 2, BODY: 1}
MAX_MENTIONS = {LEAD: 3, BODY: 5}
LEVEL_FACTOR = 2  # a candidate of the level the text names itself by (全县 → a county) counts double
RANKED_IN = re.compile(r"(?:居|位居|位列|排名|排在|领跑|领先)$")
RANKED_IN_CHARS = 2  # the longest of those words
# 东北与湖北咸丰县、利川市相邻，南及酉阳，西抵彭水: the places around a place a profile describes
NEIGHBOURS = re.compile(r"相邻|接壤|毗邻|交界|[东西南北]邻|[东西南北][接及抵靠]|[东西南北]与")


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` (between marks ，。；) holding position ``at``."""
    start = max(text.rfind(mark, 0, at) for mark in "，,。；;\n") + 1
    ends = [e for mark in "，,。；;\n" if (e := text.find(mark, at)) >= 0]
    return text[start : min(ends, default=len(text))]


def matches_level(ref: RegionRef, level: str | None) -> bool:
    """Whether ``ref`` is a place of the level a text names itself by."""
    if level is None:
        return False
    name = ref.name
    if level == "county":  # a county-level city too: 全县 in a text from before it was one (广德县)
        return ref.level == "county" and name.endswith(("县", "旗", "市"))
    if level == "district":
        district = ref.level == "county" and name.endswith("区")
        return district or ref.level == "zone" or name.endswith("自治区")
    if level == "city":
        return ref.level == "prefecture" or (ref.level in ("county", "province") and name.endswith("市"))
    if level == "prefecture":  # 全州, 全盟: an autonomous prefecture or a league
        return ref.level == "prefecture" and name.endswith(("州", "盟"))
    return ref.level == "province"


def innermost(
    found: list[tuple[int, int, RegionRef]], gazetteer: Gazetteer, text: str = ""
) -> list[RegionRef]:
    """The places found in a text, less each one written right before a place inside it
    (四川省成都市, 襄阳市宜城市, (巴中市)巴州区 with ``text``: the text names the inner one)."""

    def right_before(n: int, end: int) -> bool:
        start = found[n + 1][0]
        return start == end or (bool(text) and start > end and not text[end:start].strip(")）]】 "))

    return [
        ref
        for n, (_, end, ref) in enumerate(found)
        if not (n + 1 < len(found) and right_before(n, end) and gazetteer.within(found[n + 1][2], ref))
    ]


class Tally:
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
            f
            for f in self.gazetteer.find(text, context, self.loose)
            if not RANKED_IN.search(text, max(0, f[0] - RANKED_IN_CHARS), f[0])  # the words right before
            and not NEIGHBOURS.search(_clause_at(text, f[0]))
        ]
        plain = [f for f in found if text[f[0] : f[1]] not in COMMON_WORDS]
        if self.loose and plain:  # 集中有效资源…落户茶陵: a name that is a common word only when none else
            found = plain
        counts = Counter(ref.code for ref in innermost(found, self.gazetteer))
        for code, n in counts.items():
            self.add(self.gazetteer.by_code(code), source, n)  # type: ignore[arg-type]


ABOUT = (TITLE, SUBJECT, SPEAKER)  # what the text is about: ahead of its publisher (CONTRACT.md)


def _holds_speaker(ref: RegionRef, level: str | None) -> bool:
    """Whether ``ref`` is of a level above the one a text speaks as (a province for 全市 or 全县,
    a prefecture for 全县 or 全区), so it can hold that place but never be it."""
    if level in ("city", "prefecture"):
        return ref.level == "province" and not ref.name.endswith("市")
    if level in ("county", "district"):  # 重庆市 holds them; 全区 may be an 自治区's, 全市 a city's
        prefecture = ref.level == "prefecture" and not ref.name.endswith("市")
        return prefecture or (ref.level == "province" and not ref.name.endswith("自治区"))
    return False


ALONE = (TITLE, SPEAKER, PUBLISHER)  # evidence that names one place on its own, not one of a list


def _tier(sources: set[str]) -> int:
    """0: the text is about it; 1: its publisher is its organ; 2: it is only named."""
    return 0 if sources & set(ABOUT) else 1 if PUBLISHER in sources else 2


def _named_inside_publisher(tally: Tally, gazetteer: Gazetteer, level: str | None) -> RegionRef | None:
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


def many_peers(tally: Tally, gazetteer: Gazetteer, best: str | None = None) -> list[RegionRef] | None:
    """The best-named place (or ``best``) and its peers when it, named alone by no title,
    speaker or publisher, has three or more of its level named at least twice each; else None."""
    best = best or max(tally.score, key=lambda code: (tally.score[code], code))
    if tally.sources[best] & set(ALONE):
        return None
    ref = gazetteer.by_code(best)
    peers = [
        other
        for code, n in tally.score.items()
        if code != best
        and n >= 2
        and (other := gazetteer.by_code(code))
        and other.level == ref.level  # type: ignore[union-attr]
        and not (gazetteer.within(other, ref) or gazetteer.within(ref, other))  # type: ignore[arg-type]
    ]
    return [ref, *peers] if len(peers) >= 3 else None  # type: ignore[list-item]


def _holding(tally: Tally, gazetteer: Gazetteer, peers: list[RegionRef]) -> RegionRef | None:
    """The place of the tally that holds all of ``peers``, if any."""
    return next(
        (
            r
            for c in tally.score
            if (r := gazetteer.by_code(c)) and all(gazetteer.within(p, r) for p in peers)
        ),
        None,
    )


def _title_of_peers(tally: Tally, gazetteer: Gazetteer) -> RegionRef | None:
    """A title naming a place and two or more of its places of one level (浙江十大强县…乐清重返
    第四，温岭仅排第六): the place holding them, whose digest it is; else None."""
    titled = [r for code, got in tally.sources.items() if TITLE in got and (r := gazetteer.by_code(code))]
    for holder in titled:
        held = [r for r in titled if r.code != holder.code and gazetteer.within(r, holder)]
        if len(held) >= 2 and len({r.level for r in held}) == 1:
            return holder
    return None


def choose(tally: Tally, gazetteer: Gazetteer, level: str | None) -> RegionRef | None:
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
    if holder := _title_of_peers(tally, gazetteer):
        return holder
    if (peers := many_peers(tally, gazetteer)) is not None:  # 31省市经济成绩单: a digest of peers
        return _holding(tally, gazetteer, peers)
    tier = min(_tier(tally.sources[code]) for code in tally.score)
    if tier == 1 and (inner := _named_inside_publisher(tally, gazetteer, level)):
        return inner
    refs = {code: gazetteer.by_code(code) for code in tally.score if _tier(tally.sources[code]) == tier}
    total = {
        code: tally.score[code] * (LEVEL_FACTOR if matches_level(refs[code], level) else 1)  # type: ignore[arg-type]
        for code in refs
    }
    # on a tie, the place of the level the text speaks of itself by (我市: 福清市, not 福建省)
    ranked = sorted(total, key=lambda code: (-total[code], not matches_level(refs[code], level), code))  # type: ignore[arg-type]
    top = refs[ranked[0]]
    if level and not matches_level(top, level):  # type: ignore[arg-type]
        # 全县… 对湖南工作的重要讲话 … 建田园嘉禾: a text speaking as a county names its province too
        inner = [c for c in ranked if matches_level(refs[c], level) and gazetteer.within(refs[c], top)]  # type: ignore[arg-type]
        if not inner:  # 石家庄市举行…，平山县一季度…，我县: the one place of its level it names further on;
            # 澳门永利平台 (a spam line) over 武汉市江夏区人民政府, 全区: the one its masthead names
            below = [
                code
                for code in tally.score
                if (ref := gazetteer.by_code(code))
                and matches_level(ref, level)  # type: ignore[arg-type]
                and (
                    gazetteer.within(ref, top)
                    or (PUBLISHER in tally.sources[code] and not gazetteer.within(top, ref))
                )
            ]
            if len(below) == 1:
                return gazetteer.by_code(below[0])
            if _holds_speaker(top, level) and tally.sources[top.code] <= {LEAD, BODY}:  # type: ignore[union-attr]
                return None  # 我市深入贯彻…考察河南时重要讲话精神: the province it mentions is not 全市
        ranked = inner[:1] + [c for c in ranked if c not in inner[:1]]
    best = refs[ranked[0]]
    peers = many_peers(tally, gazetteer, best.code)  # type: ignore[union-attr]
    if peers is not None and (holding := _holding(tally, gazetteer, peers)):
        return holding  # 广西及14个地级市…南宁…柳州…崇左: the place holding the peers it names
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
    in_passing = tally.sources[best.code] <= {BODY} and best.name.endswith(("县", "旗"))  # type: ignore[union-attr]
    if level == "city" and in_passing and not matches_level(best, level):  # type: ignore[arg-type]
        # 全市… with one county named in passing (固始): the city the text speaks as holds it
        parent = gazetteer.parent(best)  # type: ignore[arg-type]
        if parent is not None and matches_level(parent, level):
            return parent
    return best
