"""Lists of values paired in order with the subjects listed before them, without 分别
(重庆、贵州、云南位居其后，经济增速为10.5%、10.4%、9.5%), and two lists of values paired with one
list of subjects (城乡居民收入达到23292元和7750元、分别增长8.8%和10%)."""

from __future__ import annotations

import itertools
import re

from dagster_project.textcore.extract.lexicon import TWO_IN_ONE
from dagster_project.textcore.extract.measures import measure_of, sign_of
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import Value


def listed_values(clause: str, base: int, values: list[Value]) -> bool:
    """Whether ``values`` follow one another joined only by 、和及与 (10.5%、10.4%和9.5%)."""
    return all(
        re.fullmatch(r"\s*[、和及与]\s*", clause[a.end - base : b.start - base])
        for a, b in itertools.pairwise(values)
    )


class PairsMixin:
    """Values listed before 分别 and after it, of the same items in the same order."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]

    def paired_periods(self, base: int, clause: str, m: int, tail: list[Value]) -> bool:
        """``4月、5月、6月单月完成投资额同比分别增长3.5%、4.5%、5.4%``: a list of periods before
        分别 (at ``m``), one value each, all of the indicator named after the list."""
        start, end = self.offset + base, self.offset + base + m
        named = [p for p in self.ctx.periods if start <= p[0] and p[1] <= end]
        if len(named) != len(tail) or not all(
            re.fullmatch(r"\s*[、和及与]\s*", self.ctx.text[a[1] : b[0]])
            for a, b in itertools.pairwise(named)
        ):
            return False
        text, scope, _ = self.clean(self.ctx.text[named[-1][1] : end])  # type: ignore[attr-defined]
        if not text:
            return False
        subject = self.region_of(text, scope)  # type: ignore[attr-defined]
        span = (self.offset + base, self.offset + base + len(clause))
        verbs = self.text[base + m + 2 : tail[0].num_start]  # 分别增长: the verb of every value
        for (_, _, code), v in zip(named, tail, strict=True):
            if measure := measure_of(v, verbs, subject.text):
                sign = sign_of(verbs, measure)
                self.emit(subject, v, measure, sign, span, v.qualifier, remember=False, period=code)  # type: ignore[attr-defined]
        return True

    def paired_items(self, base: int, clause: str, values: list[Value]) -> bool:
        """``城镇和农村常住居民人均可支配收入完成29092元、17191元``: as many values listed as
        items the words before them list (or a word names two: 城乡居民收入), without 分别, in order."""
        if len(values) < 2 or not listed_values(clause, base, values):
            return False
        head, scope, verbs = self.clean(clause[: values[0].start - base])  # type: ignore[attr-defined]
        two_in_one = len(values) == 2 and any(w in head for w in TWO_IN_ONE)  # 城乡居民收入X元和Y元
        if not re.search(r"[、和及与]", head) and not two_in_one:
            return False
        items = self.split_items(head, scope, len(values))  # type: ignore[attr-defined]
        if not items:
            return False
        span = (self.offset + base, self.offset + base + len(clause))
        for item, v in zip(items, values, strict=True):
            if measure := measure_of(v, verbs, item.text):
                self.emit(item, v, measure, sign_of(verbs, measure), span, v.qualifier)  # type: ignore[attr-defined]
        return True

    def paired_twice(self, base: int, clause: str, lead: list[Value], tail: list[Value], at: int) -> bool:
        """``lead`` values before 分别 (at clause offset ``at``) and ``tail`` after it, as
        many of each, take the items the words before ``lead`` list, in order."""
        if len(lead) != len(tail) or len(lead) < 2 or not listed_values(clause, base, lead):
            return False
        head, scope, verbs = self.clean(clause[: lead[0].start - base])  # type: ignore[attr-defined]
        items = self.split_items(head, scope, len(lead))  # type: ignore[attr-defined]
        if not items:
            return False
        moved = clause[at + 2 : tail[0].start - base]
        span = (self.offset + base, self.offset + base + len(clause))
        for said, values in ((verbs, lead), (moved, tail)):
            for item, v in zip(items, values, strict=True):
                if measure := measure_of(v, said, item.text):
                    self.emit(item, v, measure, sign_of(said, measure), span, v.qualifier)  # type: ignore[attr-defined]
        return True

    def paired_with_before(self, base: int, clause: str, values: list[Value]) -> bool:
        """``…分别达到18687元、5634元，增长7.8%、9.2%``: a list of values with no subject of its
        own, as long as the subjects just paired in the sentence, takes them in order."""
        n = len(values)
        if n < 2 or len(self.subjects) < n or self.clean(clause[: values[0].start - base])[0]:
            return False
        if not listed_values(clause, base, values):
            return False
        verbs = clause[: values[0].start - base]
        span = (self.offset + base, self.offset + base + len(clause))
        for item, v in zip(self.subjects[-n:], values, strict=True):
            measure = measure_of(v, verbs, item.text)
            if measure:
                self.emit(item, v, measure, sign_of(verbs, measure), span, v.qualifier, remember=False)
        return True

    def paired_with_places(self, base: int, clause: str, values: list[Value]) -> bool:
        """``重庆、贵州、云南位居其后，经济增速为10.5%、10.4%、9.5%``: as many places listed just
        before (in the clause or the sentence's clauses before it) as values listed, in order."""
        n = len(values)
        if n < 2 or not listed_values(clause, base, values):
            return False
        lead = clause[: values[0].start - base]
        earlier = [lead, *reversed(re.split(r"[,，]", self.text[:base])[-4:-1])]
        listed = next((p for c in earlier if (p := self.places_listed(c, n))), None)
        head = self.clean(lead)[0]
        if listed is None or not head or self.ctx.places.leading_place(head):
            return False
        head = self.with_stem(head)
        span = (self.offset + base, self.offset + base + len(clause))
        for place, v in zip(listed, values, strict=True):
            measure = measure_of(v, lead, head)
            if measure:
                self.emit(
                    Subject(head, place, "clause"), v, measure, sign_of(lead, measure), span, v.qualifier
                )
        return True


__all__ = ["PairsMixin", "listed_values"]
