"""A value stated for a period before the one the text reports (生产总值从1949年的1456万元增加到…,
比2017年的567亿元多了33亿元): of the subject its words name, else the one its span starts with
or the sentence stated last, in that period; and the base of a rate over several years
(比2019年一季度增长19.3% in 2021), which its wording keeps."""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import RATE_ONLY, SHARE_SUBJECT
from dagster_project.textcore.extract.measures import measure_of, sign_of, signed_after
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import Value

BASE_YEAR = re.compile(
    r"(?:比|较|相比|与)(?P<year>(?:19|20)\d{2})年(?:同期|[一二三四1-4]季度|上半年|前三季度|\d{1,2}[-—至]\d{1,2}月|全年)?"
)


class EarlierValuesMixin:
    """Values of an earlier period than the text's own."""

    ctx: SectionState
    text: str
    subjects: list[Subject]
    facts_before: int

    def value_of_year(self, v: Value, subject_text: str, year: str, span: tuple[int, int]) -> None:
        """A value stated for a period before the one the text reports (从1949年的…); with no
        words of its own (…600亿元，比2017年的567亿元多了33亿元), of the subject stated last."""
        last_said = self.subjects[-1] if self.subjects else self.ctx.topic  # …增速持续回升，从一季度增长7.9%
        last = self.ctx.facts[-1] if len(self.ctx.facts) > self.facts_before else None  # of this sentence
        # 生产总值从1952年的2169万元，增长到2018年的186.33亿元: the end of the span its start is of
        from_value = last.indicator_text if last and last.period_source == "baseline" else ""
        subject_text = subject_text or from_value or (last_said.text if last_said else "")
        if RATE_ONLY.fullmatch(subject_text) and (stated := self.inherit(subject_text)):  # type: ignore[attr-defined]
            subject_text = stated.text  # 云南省表现亮眼，涨幅由上半年的6.6%…: GDP涨幅
        moved = re.search(r"(?:下降|增长|回落|上升)\s*$", self.text[: v.start])  # 由上半年下降0.3%
        verbs = signed_after(self.text, v.end, moved.group().strip() if moved else "")  # 2.2%的负增长
        measure = measure_of(v, verbs, subject_text)
        if (
            measure == "share_pct"
            and last
            and last.measure == "growth_pct"
            and not SHARE_SUBJECT.search(subject_text)
        ):
            measure = "growth_pct"  # 增速10.3%，较一季度的10.6%略有下降: a rate, as the one set against it
        if measure is None:
            return
        for subject in self.subjects_for(subject_text, None, measure, False, ""):  # type: ignore[attr-defined]
            sign = sign_of(verbs, measure, subject.text)
            self.emit(subject, v, measure, sign, span, period=year, remember=False)  # type: ignore[attr-defined]

    def base_year(self, v: Value, period: str | None) -> str | None:
        """The base a rate is stated against when it is a year before the year before its
        period (比2019年一季度 for 2021): a rate over several years, not the yearly one."""
        clause = max(self.text.rfind(mark, 0, v.start) for mark in ",，;；") + 1
        base = BASE_YEAR.search(self.text, clause, v.start)
        if base is None or not period or not period[:4].isdigit():
            return None
        return base.group() if int(base.group("year")) < int(period[:4]) - 1 else None
