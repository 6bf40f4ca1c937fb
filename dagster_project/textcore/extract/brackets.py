"""Values in brackets right after the place they are of: 南阳(6.3%)、漯河(7.3%)…,
新罗区(607.87亿元 同比增长5.4%下同)、上杭县(281.72亿元 5.6%)…"""

from __future__ import annotations

import re
from typing import NamedTuple

from dagster_project.textcore.extract.lexicon import (
    BRACKETED,
    COMPLETE_END,
    GROWTH_SUBJECT,
    LIST_COUNT_AFTER,
    LIST_TAIL_STOP,
    LISTED_PLACE_COUNT,
    RATE_WORDS,
    ZONE,
)
from dagster_project.textcore.extract.measures import measure_of, sign_of
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import Value
from dagster_project.textcore.regions import RegionRef


class _Bracket(NamedTuple):
    """A place and the values in the bracket right after it (新罗区(607.87亿元 同比增长5.4%))."""

    start: int  # clause offset of the place
    end: int  # clause offset after the closing bracket
    place: RegionRef | None  # None: a zone that is no administrative place (经开区)
    values: list[Value]
    words: list[str]  # the words before each value inside the bracket (同比增长)


# 十大强县, 百强县, GDP排名, 经济十强: places ranked by the size of their economy
RANKED_BY_SIZE = re.compile(r"[十百]强|强[县市区]|经济(?:总量)?(?:排名|排行|十强)")


class BracketsMixin:
    """Values in brackets right after their places."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]

    def bracketed_places(self, base: int, clause: str, values: list[Value], before: str) -> bool:
        """``南阳(6.3%)、漯河(7.3%)…`` / ``西青(1004.1亿)`` / ``新罗区(607.87亿元 同比增长5.4%下同)、
        上杭县(281.72亿元 5.6%)``: the values in brackets right after the place they are of.

        They are of the indicator the words after the list name (…两地GDP均在千亿级别) or the
        words before it (上半年各县GDP完成数据：…), else of the one stated last, as a rate when
        the words before the list speak of one (高于全国平均增速的地市分别是：…). The words
        before a value in the first bracket hold for the same place in the others (下同).
        """
        groups = self.bracket_groups(base, clause, values)
        if groups is None or len(groups) < 2:
            return False
        text = (
            self.named_after_list(clause[groups[-1].end :])
            or self.ctx.dictionary.named_in(clause[: groups[0].start])  # GDP总量位居前三的分别是天河区(…)
            or self.ctx.dictionary.named_in(before)
            or self.said_before_list(clause[: groups[0].start])
        )
        last = self.subjects[-1] if self.subjects else self.ctx.topic
        named = self.ctx.dictionary.named_in(self.text[: base + groups[0].start])  # GDP超过万亿的…，即湖北(…)
        said_last = (
            last is not None and last.text.startswith(named or "-") and len(last.text) <= len(named) + 3
        )
        if not text and named and not said_last:  # not when it was said last (GDP规模)
            text = named
        amounts = all((v.unit or "").startswith(("亿", "万亿")) for g in groups for v in g.values)
        ranked = RANKED_BY_SIZE.search(before + clause[: groups[0].start]) is not None
        if not text and last is None and amounts and ranked:
            text = "GDP"  # 十大强县的排名分别为慈溪(2639亿)、义乌(2055亿): places ranked by their economy
        if not text and last is None:
            return False
        text = text or last.text  # type: ignore[union-attr]
        rate_after = re.match(rf"\s*(?:{RATE_WORDS})", clause[groups[-1].end :])  # …海宁市(-3.0%)增速均…
        if (re.search(RATE_WORDS, before) or rate_after) and not GROWTH_SUBJECT.search(text):
            text += "增速"
        said = groups[0].words
        for group in groups:
            if group.place is None:  # 经开区(4.1%): no place of the warehouse's, kept for review
                for v in group.values:
                    self.ctx.used[self.offset + v.num_start] = "zone"
                continue
            for k, v in enumerate(group.values):
                verbs = group.words[k] or (said[k] if k < len(said) else "")
                measure = measure_of(v, verbs, text)
                if measure:
                    span = (self.offset + base + group.start, self.offset + base + group.end)
                    self.emit(
                        Subject(text, group.place, "clause"),
                        v,
                        measure,
                        sign_of(verbs, measure, text),
                        span,
                        remember=False,
                    )
        if self.ctx.dictionary.resolve(text) is not None:  # A(497.5亿)和B(422.15亿)两地GDP…。A增长4.5%
            self.ctx.topic = Subject(text, None, "clause")
        return True

    def bracket_groups(self, base: int, clause: str, values: list[Value]) -> list[_Bracket] | None:
        """Every value of the clause inside a bracket right after a place, grouped by bracket;
        None when a value stands elsewhere."""
        groups: list[_Bracket] = []
        for m in BRACKETED.finditer(clause):
            inside = [
                v for v in values if m.start("inner") <= v.start - base and v.end - base <= m.end("inner")
            ]
            name = m.group("name").strip(" 、,，和及与")
            found = self.ctx.gazetteer.find(name, self.ctx.places.context()) if inside else None
            if inside and ZONE.fullmatch(name) and groups and (not found or found[-1][1] != len(name)):
                found = [(0, len(name), None)]  # 平湖市(6.8%)、经开区(4.1%): a zone among the places
            if not found or found[-1][1] != len(name):
                continue
            at, words = m.start("inner"), []
            for v in inside:
                words.append(
                    self.clean(clause[at : v.start - base])[2] or clause[at : v.start - base].strip()
                )
                at = v.end - base
            start = m.start("name") + (len(m.group("name")) - len(m.group("name").lstrip(" 、,，和及与")))
            groups.append(_Bracket(start + found[-1][0], m.end(), found[-1][2], inside, words))
        # 全市7个平川县市区…分别为洪洞县(23.9%)、…: the count of the places listed comes before them
        counts = [
            v
            for v in values
            if groups
            and v.end - base <= groups[0].start
            and LISTED_PLACE_COUNT.match(clause[v.num_start - base : groups[0].start])
        ]
        inside = sum(len(g.values) for g in groups)
        values = [v for v in values if v not in counts]
        # …共6个区的GDP增速高于广州市上半年GDP增速(-2.7%): what follows the list is another reading
        if inside != len(values) and not (len(groups) >= 2 and values[inside - 1] is groups[-1].values[-1]):
            return None
        for v in counts:
            self.ctx.used[self.offset + v.num_start] = "quantifier"
        return groups

    def said_before_list(self, lead: str) -> str:
        """What the words before a list say its values are (对全市经济贡献率分别为洪洞县(23.9%)、…
        → 对全市经济贡献率), when they end as an indicator does and name no place; else ""."""
        words = self.clean(re.sub(r"分别(?:为|是)?[:：]?\s*$", "", lead))[0]
        words = LISTED_PLACE_COUNT.sub("", words)
        indicator = COMPLETE_END.search(words)  # not a ranking's frame (位前三名分别为青岛)
        return words if indicator and not self.ctx.places.leading_place(words) else ""

    def named_after_list(self, tail: str) -> str:
        """The canonical indicator the words right after a list name (和西青区(1004.1亿)两地GDP
        均在… → GDP), else ""."""
        words = re.split(LIST_TAIL_STOP, LIST_COUNT_AFTER.sub("", tail), maxsplit=1)[0]
        words = self.clean(words)[0]
        stem = re.sub(rf"(?:{RATE_WORDS})$", "", words)  # GDP增速: the rate of a canonical indicator
        return words if stem and self.ctx.dictionary.resolve(stem) else ""
