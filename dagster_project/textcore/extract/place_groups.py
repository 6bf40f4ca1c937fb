"""Groups of places: a subject of places alone (贵州和西藏) or joined before the words they
share (福建和湖北的GDP增速), and the places a clause lists (城阳区、崂山区和市北区; 万州、开州、云阳等
区县增速均超过…), a value they share (马鞍山、铜陵紧随其后，增速同为1.7%), and a value of a group the
sentence is about (渝西八区…增长6.84%; 青岛、烟台、东营三市进出口占比近7成)."""

from __future__ import annotations

import itertools
import re

from dagster_project.textcore.extract.lexicon import (
    BARE_HEADS,
    COMPLETE_END,
    GROUPING,
    GROWTH_SUBJECT,
    LIST_INTRO,
    PLACE_COUNT,
    REPORTED,
)
from dagster_project.textcore.extract.measures import measure_of, sign_of
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import Value
from dagster_project.textcore.regions import RegionRef

PLACE_COUNT_WORDS = re.compile(r"\d+个?(?:城市|区县|县区|省份|市|县|区|省)")
COMPARED_BOUNDS = frozenset("低于 高于 不足 不到 超过 均超过 均低于 均高于".split())


class PlaceGroupsMixin:
    """Groups of places in subjects and clauses."""

    ctx: SectionState
    text: str
    before: str  # the sentence before
    continues: bool  # whether this one goes on from it after a ；

    def places_alone(self, text: str) -> list[RegionRef]:
        """The places of a subject that is two or more places and nothing else (贵州和西藏)."""
        parts = [p for p in re.split(r"[、和与及]", re.sub(r"(?:均|都|同)$", "", text)) if p]
        context = self.ctx.places.context()
        places = [self.ctx.gazetteer.lookup(p, context) for p in parts]
        return places if len(places) >= 2 and all(places) else []  # type: ignore[return-value]

    def places_joined(self, text: str) -> tuple[list[RegionRef], str] | None:
        """(places, the words after them) of a subject opening with two or more places joined
        by 和、与及 (福建和湖北的GDP增速), or None."""
        places: list[RegionRef] = []
        rest = text
        while (lead := self.ctx.places.leading_place(rest)) is not None:
            places.append(lead[1])
            rest = rest[lead[0] :]
            if not re.match(r"[、和与及]", rest):
                break
            rest = rest[1:]
        if len(places) < 2 or not rest or re.match(r"[、和与及]", text[len(text) - len(rest) - 1]):
            return None
        return places, self.clean(re.sub(r"^[的以]", "", rest))[0]

    def joined_places_subjects(self, text: str, last: Subject | None) -> list[Subject] | None:
        """One subject per place of ``福建和湖北的一季度GDP增速``; words that name no indicator
        (福建和上海首次跨过3万亿元) leave the indicator stated ``last``. None when the text does
        not open with joined places."""
        joined = self.places_joined(text)
        if joined is None:
            return None
        places, rest = joined
        told = self.region_of(rest, None).text
        if not (self.ctx.dictionary.named_in(told) or COMPLETE_END.search(told)):
            told = last.text if last else ""
        return [Subject(told, place, "clause") for place in places] if told else []

    def places_listed(self, clause: str, n: int) -> list[RegionRef] | None:
        """The ``n`` places a clause lists, near its start and joined only by 、和及与
        (分别是城阳区、崂山区和市北区 / 城阳区和崂山区同比均有上佳表现), else None."""
        clause = re.sub(r"[(（][^()（）]*[)）]", "", clause)  # 洪洞县(23.9%)、尧都区(16.9%): the places
        found = self.ctx.gazetteer.find(clause, self.ctx.places.context())
        # 经济增速较低的有辽宁、甘肃和黑龙江, …分别为洪洞县、…: the list may follow what it lists
        intro = found and (
            LIST_INTRO.search(clause, 0, found[0][0])
            or re.search(r"分别(?:为|是)[:：]?$", clause[: found[0][0]])
        )
        if len(found) != n or (found[0][0] > 4 and not intro):
            return None
        for (_, end, _), (start, _, _) in itertools.pairwise(found):
            if not re.fullmatch(r"[,，]?[、和及与]", clause[end:start]):  # 烟台,、济南: a doubled mark
                return None
        return [place for _, _, place in found]

    def place_list(self, seg: str) -> tuple[list[RegionRef], str] | None:
        """``万州、开州、云阳等区县增速均超过`` → ([places], '增速均超过')."""
        if "、" not in seg:
            return None
        names, _, rest = seg.rpartition("等") if "等" in seg else (seg, "", "")
        parts = [p for p in re.split(r"[、和及]", names) if p]
        if parts:
            parts[0] = self.clean(parts[0])[0]
        if not rest:  # 江北区、渝中区GDP均增长: the last place starts the last part
            place = self.leading_place(parts[-1]) if parts else None
            if place:
                parts[-1], rest = parts[-1][: place[0]], parts[-1][place[0] :]
            elif parts and not self.ctx.gazetteer.lookup(parts[-1].strip(), self.ctx.places.context()):
                parts = parts[:-1]  # 黔东南、安顺 (低于1000亿元): the last part may be a place alone
        context = self.ctx.places.context()
        places = [self.ctx.gazetteer.lookup(p.strip(), context) for p in parts]
        if len(places) < 2 or not all(places):
            return None
        return places, re.sub(r"^(?:区县|区市县|市县|县区|区|县|地区|城市|市)", "", rest)

    def of_grouping(self, subject: str) -> bool:
        """Whether a subject is of a group of places (渝西八区, 中心城区), also of a place's
        (沈阳市县域地区…实现地区生产总值): a group, none of its places nor the place itself."""
        lead = self.ctx.places.leading_place(subject)
        return bool(GROUPING.match(subject[lead[0] :] if lead else subject))

    def of_group_topic(self, subject: Subject) -> bool:
        """Whether a subject is the indicator a group of places was said of (西部地区房地产开发投资…，
        同比增长6.3%), with no place of its own."""
        topic = self.ctx.topic
        grouped = topic is not None and topic.source == "grouping" and topic.text == subject.text
        return subject.source == "grouping" or (grouped and subject.region is None)

    def grouped(self, v: Value) -> bool:
        """Whether the value belongs to a group of places its sentence is about: the first
        clause that says something opens with the group, and no later clause before the value
        opens with a place (数据显示，渝西八区经济名义增长…，为6.84%，…，经济总量占重庆总量的25.39%)."""
        clauses = [c for c in re.split(r"[，,；;]", self.text[: v.start]) if not REPORTED.search(c)]
        opener = self.clean(clauses[0])[0] if clauses else ""
        own = opener and (self.of_grouping(opener) or self.ctx.places.leading_place(opener))
        if self.continues and not own:
            # 县域地区第一产业增加值实现103.9亿元…；第二产业增加值实现108.4亿元: the group goes on
            said = [c for c in re.split(r"[，,；;。]", self.before) if c.strip() and not REPORTED.search(c)]
            opener = self.clean(said[0])[0] if said else opener
            clauses = said[1:] + clauses
        if not opener or not self.of_grouping(opener):
            return False
        return not any(self.ctx.places.leading_place(self.clean(c)[0]) for c in clauses[1:])

    def place_facts(self, places: tuple[list[RegionRef], str], v: Value, span: tuple[int, int]) -> None:
        """One fact per place of a list sharing one value (万州、开州等区县增速均超过6%); none
        for a value of the group they form (青岛、烟台、东营三市进出口占比近7成)."""
        group = PLACE_COUNT.match(places[1])
        if group and not re.search(r"均|都|各|同", places[1]):
            self.ctx.used[self.offset + v.num_start] = "grouping"
            self.paired = places[0]  # …，分别进出口4588.6亿元、…: the lists after are of its places
            return
        text, _, verbs = self.clean(places[1][group.end() if group else 0 :])
        bound = text if text in COMPARED_BOUNDS else None  # 黔东南、安顺低于1000亿元: below a bound
        if bound or not text:
            inherited = self.subjects[-1] if self.subjects else self.ctx.topic
        else:
            # 工业、投资增速均…: a bare rate takes its stem; 贵州、山西GDP增速均…: the text says it all
            named = self.ctx.dictionary.named_in(text)
            bare = text in BARE_HEADS or (GROWTH_SUBJECT.search(text) and not (named and named in text))
            inherited = self.inherit(text) if bare else None
        indicator = inherited.text if inherited else text if text not in COMPARED_BOUNDS else ""
        measure = measure_of(v, verbs, indicator)
        if measure and indicator:
            for place in places[0]:
                subject = Subject(indicator, place, "clause")
                sign = sign_of(verbs, measure, indicator)
                self.emit(subject, v, measure, sign, span, bound, remember=text == indicator)

    def places_just_before(self, base: int, seg: str) -> tuple[list[RegionRef], str] | None:
        """``马鞍山、铜陵紧随其后，增速同为1.7%``: a clause listing places and no number, then a
        value with no place of its own: the places share it."""
        context = self.ctx.places.context()
        if self.paired and re.search(r"均|都", seg) and not self.ctx.gazetteer.find(seg, context):
            return self.paired, seg  # A、B两市…，进出口均超千亿元: each of the places just listed
        clauses = re.split(r"[,，]", self.text[:base])
        previous = clauses[-2] if len(clauses) >= 2 and not clauses[-1].strip() else ""
        if (
            not previous
            or re.search(
                r"\d", PLACE_COUNT_WORDS.sub("", previous)
            )  # 绵阳、德阳、宜宾3市齐头并进: not a value
            or self.ctx.gazetteer.find(seg, context)
            # …有11个，分别是广东、…、上海，比去年同期多3个: the members of a count, not sharing a value
            or re.match(r"\s*(?:分别是|分别为|即|包括)", previous)
        ):
            return None
        found = self.ctx.gazetteer.find(previous, context)
        listed = self.places_listed(previous, len(found)) if len(found) >= 2 else None
        return (listed, seg) if listed else None
