"""Groups of places: a subject of places alone (贵州和西藏) or joined before the words they
share (福建和湖北的GDP增速), and the places a clause lists (城阳区、崂山区和市北区; 万州、开州、云阳等
区县增速均超过…), and a value of a group the sentence is about (渝西八区…增长6.84%)."""

from __future__ import annotations

import itertools
import re

from dagster_project.textcore.extract.lexicon import COMPLETE_END, GROUPING, LIST_INTRO, REPORTED
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import Value
from dagster_project.textcore.regions import RegionRef


class PlaceGroupsMixin:
    """Groups of places in subjects and clauses."""

    ctx: SectionState

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

    def grouped(self, v: Value) -> bool:
        """Whether the value belongs to a group of places its sentence is about: the first
        clause that says something opens with the group, and no later clause before the value
        opens with a place (数据显示，渝西八区经济名义增长…，为6.84%，…，经济总量占重庆总量的25.39%)."""
        clauses = [c for c in re.split(r"[，,；;]", self.text[: v.start]) if not REPORTED.search(c)]
        opener = self.clean(clauses[0])[0] if clauses else ""
        if not opener or not self.of_grouping(opener):
            return False
        return not any(self.ctx.places.leading_place(self.clean(c)[0]) for c in clauses[1:])
