"""Where a value belongs: the one place that decides a fact's region (CONTRACT.md).

Nearest first: a place its clause names (渝中区GDP, 江津…增长为8.57%), a place its sentence
named before it (位于渝东南的酉阳县，GDP增速…), in a text without speakers the place that
opened its paragraph, a scope word of the clause (全市, 全区 — read
against the speaker's or the document's place, ``scopes``), its section's place (a
speaker's org, a place label), then the document's (meta, title, publisher, …). Each answer
says where it came from; where none names a place the region stays None, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.textcore.context.scopes import scope_level, scope_region
from dagster_project.textcore.regions import Gazetteer, RegionRef

# The document's evidence kinds, as a fact's region_source names them.
DOCUMENT_SOURCES = {"meta": "meta", "title": "title", "publisher": "publisher", "speaker": "speaker"}
PLACE_PREFIX_MAX = 12  # characters at the start of a subject a place name is looked for in


@dataclass(frozen=True)
class Placed:
    """A place and the level of context it was read from."""

    region: RegionRef | None
    source: str | None  # 'clause' | 'sentence' | 'scope' | 'section' | 'meta' | 'title' | … | 'document'


# 江苏省排名第一的昆山市: a place ranked within the one named before it
RANKED_WITHIN = re.compile(
    r"(?:排名|排|位居|位列|居)(?:全省|全市|全国)?第[一二三四五六七八九十\d]{1,2}(?:位|名)?的"
)
NATIONAL = re.compile(  # 全国GDP, 我国国内生产总值, 中国GDP: the nation's
    r"^(?:(?:全国|我国)(?!各|的?平均|平均)|中国(?=的?(?:GDP|经济|国内生产总值|进出口|外贸)))"
)


class RegionResolver:
    """The places around one section: the section's own and the document's."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        section: RegionRef | None,
        document: RegionRef | None,
        document_source: str | None,
    ) -> None:
        self.gazetteer = gazetteer
        self.document = Placed(document, DOCUMENT_SOURCES.get(document_source or "", "document"))
        # a speakerless text's one section speaks for the document: say where that was read
        own = section is not None and section != document
        self.own = Placed(section, "section") if own else self.document

    @property
    def anchor(self) -> RegionRef | None:
        """The place the section speaks for (its speaker's or the document's)."""
        return self.own.region

    def context(self) -> RegionRef | None:
        """The place short names are read in (黔江 is 黔江区 in a Chongqing text)."""
        return self.own.region or self.document.region

    def scope(self, word: str) -> Placed | None:
        """The place a scope word (全市, 我县, 直管区) means here, or None when it means none."""
        level = scope_level(word)
        if level is None:
            return None
        place = scope_region(level, self.anchor, self.gazetteer)
        if place is None:
            return None
        return self.own if place == self.anchor else Placed(place, "scope")

    def near(self, place: RegionRef) -> bool:
        """Whether a place a clause opens with can be where its value belongs: in the province
        of the document's place (天津大桥 in a text of 衡南县 is a firm, not 天津市), or anywhere
        when the document has no place of its own (a digest of provinces); another province
        in a text of a province (贵州增速10.7% beside 重庆居首) is a peer, not a firm."""
        own = self.document.region or self.own.region
        peers = own is not None and own.level == place.level == "province"
        return own is None or peers or place.province_name == own.province_name

    def leading_place(self, text: str) -> tuple[int, RegionRef] | None:
        """(end, place) of a place the text starts with (渝中区GDP, 广东实现…)."""
        found = self.gazetteer.find(text[:PLACE_PREFIX_MAX], self.context())
        if found and found[0][0] == 0:
            return found[0][1], found[0][2]
        return None

    def resolve(
        self, subject: str, scope: str | None, sentence: Placed | None, paragraph: RegionRef | None = None
    ) -> tuple[str, Placed]:
        """The subject without a place it opens with, and where its value belongs; in a text
        whose section speaks for the document, the place that opened the ``paragraph`` holds
        for its sentences that name none (2020年江西省粮食总产量…。规模以上工业增加值增长4.6%)."""
        if scope and sentence is not None and sentence.region is not None:
            level = scope_level(scope)  # 深圳市统计局发布消息，…全市地区生产总值: the city it names
            if level and scope_region(level, sentence.region, self.gazetteer) == sentence.region:
                return subject, sentence
        if scope:
            placed = self.scope(scope)
            if placed is not None:
                return subject, placed
        if NATIONAL.match(subject):  # 全国GDP增长5.2%: the nation's, no division's
            return subject, Placed(self.gazetteer.nation, "clause")
        if subject and not subject.startswith(("“", "「", "『", "《", '"')):
            lead = self.leading_place(subject)
            ranked = RANKED_WITHIN.match(subject, lead[0]) if lead is not None else None
            after = ranked.end() if ranked else lead[0] if lead is not None else 0
            inner = self.leading_place(subject[after:]) if lead is not None else None
            if lead is not None and inner is not None and self.gazetteer.within(inner[1], lead[1]):
                # 南昌南昌县2018年GDP, 江苏省排名第一的昆山市GDP: the place inside
                lead = (after + inner[0], inner[1])
            if lead is not None and self.near(lead[1]):
                rest = re.sub(r"^(?:[以的]|预计)", "", subject[lead[0] :])  # 济南市以…, 浙江的…, 桐城预计GDP
                return rest, Placed(lead[1], "clause")
            tail = self.gazetteer.find(subject, self.context())
            while (
                len(tail) >= 2
                and tail[-2][1] == tail[-1][0]
                and self.gazetteer.within(tail[-1][2], tail[-2][2])
            ):
                tail = [*tail[:-2], (tail[-2][0], tail[-1][1], tail[-1][2])]  # 重庆渝北区: one place
            if (
                tail
                and tail[-1][1] == len(subject)
                and re.search(r"的(?:是|为|有)?$", subject[: tail[-1][0]])
            ):
                # 增长最快的开州区, 紧随其后的重庆渝北区, 位列前三的是昆明市
                return "", Placed(tail[-1][2], "clause")
            described = [t for t in tail if t[0] > 0 and subject[t[0] - 1] == "的" and t[1] < len(subject)]
            if described and self.near(described[-1][2]):  # 地处新疆“东大门”的哈密市完成生产总值
                _, end, place = described[-1]
                return re.sub(r"^(?:以|的|完成|实现)", "", subject[end:]), Placed(place, "clause")
        if sentence is not None:
            return subject, sentence
        if paragraph is not None and self.own is self.document:
            return subject, Placed(paragraph, "paragraph")
        return subject, self.own
