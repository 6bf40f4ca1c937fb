"""Subjects: the words before a value cleaned, the place they name, what a bare head inherits."""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import (
    ASIDE,
    CLOSE_QUOTES,
    DATELINE,
    GROWTH_SUBJECT,
    INNER_VERB,
    LEAD_VERBS,
    METHOD,
    OPEN_QUOTES,
    PERIOD_WORDS,
    PRONOUN,
    RANKING,
    SCOPE_WORDS,
    TOPIC_OPENING,
    VERB_TAIL,
)
from dagster_project.textcore.extract.measures import head_of
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.regions import RegionRef


def strip_noise(text: str) -> str:
    """The words before a value without what only stands beside the subject: a dateline and
    reporter, an aside in brackets, a computing method, a topic opening, a pronoun, the
    text before the last blank (a heading run on) and a ranking said in passing.

    ``深圳新闻网11月14日讯(记者 叶玉燕)龙岗区前三季度地区生产总值`` → ``龙岗区前三季度地区生产总值``;
    ``按可比价格计算,同比增长`` → ``同比增长``; ``璧山增速渝西八区第一`` → ``璧山增速``.
    """
    text = DATELINE.sub("", text)
    text = ASIDE.sub("", text)
    text = METHOD.sub("", text)
    text = re.split(r"\s+", text.strip())[-1] if text.strip() else ""
    text = TOPIC_OPENING.sub("", text)
    text = PRONOUN.sub("", text)
    return RANKING.sub("", text) or text


class SubjectsMixin:
    """Subjects: the words before a value cleaned, the place they name, what a bare head inherits."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]

    def clean(self, text: str) -> tuple[str, str | None, str]:
        """(subject, scope, verbs) of the words before a value."""
        text = strip_noise(text).strip(" 、,，和及与。;")
        for left, right in zip(OPEN_QUOTES, CLOSE_QUOTES, strict=True):
            if text.count(left) < text.count(right):  # a quote closed but opened before the clause
                text = text[text.rfind(right) + 1 :]
        if text.count("(") > text.count(")"):
            text = text[text.rfind("(") + 1 :]
        tail = VERB_TAIL.search(text)
        verbs = tail.group() if tail else ""
        text = text[: len(text) - len(verbs)] if verbs else text
        scope = None
        for _ in range(4):
            before = text
            text = PERIOD_WORDS.sub("", text)
            m = SCOPE_WORDS.match(text)
            if m:
                scope = m.lastgroup
                text = text[m.end() :]
            text = LEAD_VERBS.sub("", text, count=1)
            if text == before:
                break
        if "实现" in text:  # 规上工业企业实现利润总额
            text = INNER_VERB.sub("", text)
        text = text.removesuffix("的").removesuffix("之").strip(" 、,，和及与等。;")
        return text, scope, verbs

    def region_of(self, subject: str, scope: str | None) -> Subject:
        """Where a subject's value belongs: a place it starts with, its scope word, the section."""
        ctx = self.ctx
        if scope == "city" and ctx.region and ctx.region.level == "county" and ctx.region.name.endswith("市"):
            return Subject(subject, ctx.region, ctx.region_source)  # 全市 in a county-level city's speech
        if scope == "city" and ctx.city:
            return Subject(subject, ctx.city, "city")
        if scope == "province" and ctx.province:
            return Subject(subject, ctx.province, "city")
        if not subject.startswith((*OPEN_QUOTES, '"')):
            place = self.leading_place(subject)
            if place:
                rest = subject[place[0] :]
                rest = SCOPE_WORDS.sub("", rest) or rest
                return Subject(rest, place[1], "clause")
        return Subject(subject, self.region, self.region_source)

    def leading_place(self, text: str) -> tuple[int, RegionRef] | None:
        """(end, place) of a place the text starts with and does not end at (渝中区GDP)."""
        found = self.ctx.gazetteer.find(text[:12], self.ctx.region or self.ctx.city)
        if found and found[0][0] == 0 and found[0][1] < len(text):
            return found[0][1], found[0][2]
        return None

    def inherit(self, subject: str) -> Subject | None:
        """A bare head takes the stem of the subject before it: 软信产业投资…、营收 →
        软信产业营收; GDP…，增速 → GDP增速."""
        if not self.subjects:
            return None
        last = self.subjects[-1]
        head = head_of(last.text)
        if GROWTH_SUBJECT.search(subject) and head != subject:
            return Subject(last.text + subject, last.region, last.source)
        if subject == head:
            return last
        if head:
            stem = last.text[: -len(head)]
            if subject in stem:  # 进出口总额…，其中出口: 出口, not 进出口出口
                return Subject(subject, last.region, last.source)
            return Subject(stem + subject, last.region, last.source)
        return None
