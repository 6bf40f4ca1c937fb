"""Lists of values paired in order with the subjects listed before them, without 分别
(重庆、贵州、云南位居其后，经济增速为10.5%、10.4%、9.5%), and two lists of values paired with one
list of subjects (城乡居民收入达到23292元和7750元、分别增长8.8%和10%)."""

from __future__ import annotations

import itertools
import re

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

    def paired_items(self, base: int, clause: str, values: list[Value]) -> bool:
        """``城镇和农村常住居民人均可支配收入完成29092元、17191元``: as many values listed as
        items the words before them list, without 分别, in order."""
        if len(values) < 2 or not listed_values(clause, base, values):
            return False
        head, scope, verbs = self.clean(clause[: values[0].start - base])  # type: ignore[attr-defined]
        if not re.search(r"[、和及与]", head):
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
