"""Two lists of values paired with one list of subjects: 城乡居民收入达到23292元和7750元、分别增长
8.8%和10% (the urban values first, then the rural ones)."""

from __future__ import annotations

import itertools
import re

from dagster_project.textcore.extract.measures import measure_of, sign_of
from dagster_project.textcore.extract.state import SectionState
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
    offset: int

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


__all__ = ["PairsMixin", "listed_values"]
