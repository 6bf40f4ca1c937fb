"""Differences in percentage points: the value as written, the comparison in the wording.

``增速比1—9月份加快0.5个百分点`` after ``规模以上工业增加值同比增长3.4%`` is the value 0.5 of
``规模以上工业增加值增速比1—9月份加快``; ``比全国全区分别低了0.5个和0.1个百分点`` gives one value
per benchmark (``…增速比全国低``, ``…增速比全区低``); ``增速高于全国、全省1.9、0.3个百分点`` the
same without 分别. A bare rate (增速, 占比) or no subject at all takes the indicator stated
last. A fall stays in the wording (低, 回落), never in the sign.
"""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import APPOSITIVE, TREND
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import POINT_UNITS, Value
from dagster_project.textcore.regions import RegionRef

# 比/较 X + direction (比全国低了), or a direction word that names the benchmark after it (高于全国).
MARKER = re.compile(
    r"比|较|同比|与|相比|(?P<directed>高于|低于|快于|慢于|高出|低出|领先|落后|滞后于?|超过|超出|好于|塌)"
)
DIRECTION = re.compile(
    r"(?:提高|提升|加快|放缓|回落|下降|上升|扩大|收窄|缩小|增加|减少|回升|降低|高出|低出|多|少|高|低|快|慢)了?$"
)
RATE = re.compile(r"(?:增速|增幅|降幅|涨幅|幅度|增长率|增长速度|增长|速度|占比|比重|率|进度|份额|水平)$")
BENCHMARKS = re.compile(r"全国|全省|全市|全区|全县|全州|上年同期|去年同期|同期")
LIST = re.compile(r"[、和及与]")
PP_UNITS = POINT_UNITS
# 比江苏4.6%的增速: a place compared with, and its own rate, before the difference
PLACE_COMPARED = re.compile(r"(?:比|较|高于|低于|快于|慢于)(?P<place>[\u4e00-\u9fff]{2,8})$")
RATE_AFTER = re.compile(r"的(?:增速|增幅|增长率)")
# …等主要指标均快于全省: a clause saying in words how what it names compares
COMPARED_IN_WORDS = re.compile(
    r"(?:高于|低于|快于|慢于|超过|好于|优于)(?:全国|全省|全市|全区|全县)[^,，\d]{0,6}$"
)
# 河东区增长4.5%，远超宝坻区的2.5%: the rate of the place compared with, after 的
PLACE_OF_COMPARED = re.compile(
    r"(?:远超|超过|高于|低于|快于|慢于|领先|落后于?|不及)(?P<place>[\u4e00-\u9fff]{2,8})的$"
)


def split_benchmarks(text: str, n: int) -> list[str]:
    """The benchmarks a difference is measured against, one per value when there are as many
    (全国、全省 / 1—9月份和上年同期 / 全国全区), else the text whole; the figures compared
    with, in brackets, are no part of them (全国(6.8%)、全省(8.2%))."""
    text = re.sub(r"[(（][^()（）]*[)）]", "", text)
    parts = [p for p in LIST.split(text) if p]
    if len(parts) == n:
        return parts
    if n > 1:
        found = BENCHMARKS.findall(text)
        if len(found) == n and "".join(found) == text:
            return found
    return [text]


def read_comparison(head: str) -> tuple[str, str, str, str] | None:
    """``(subject, marker, benchmarks, direction)`` of the words before a difference, e.g.
    ``增速比全国全区分别低了`` → ``('增速', '比', '全国全区', '低')``; None without a marker."""
    head = head.strip(" ,，、")
    m = None
    for found in MARKER.finditer(head):
        if found.start() > 0 and head[found.start() - 1] in "占增":  # 占比, 增比: words, no marker
            continue
        m = found
        break
    if m is None:
        return None
    # 均高于…: all of them; not the 均 of 平均增速
    rest = re.sub(
        r"^均|(?<!平)均(?=[高低快慢提加放回下上扩收缩增减降多少])", "", head[m.end() :].replace("分别", "")
    )
    direction = ""
    if not m.group("directed"):
        d = DIRECTION.search(rest)
        if d:
            direction, rest = d.group().removesuffix("了"), rest[: d.start()]
    subject = head[: m.start()].replace("分别", "").strip(" ,，、")
    return subject, m.group(), rest.strip(), direction


def with_rate(subject: str) -> str:
    """The rate a difference is taken of: 规上工业增加值 → 规上工业增加值增速; 占比 stays."""
    return subject if RATE.search(subject) else subject + "增速"


class ComparisonsMixin:
    """Differences in percentage points, each with its comparison in the wording."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]
    compared_last: Subject | None  # what the sentence last compared: …分别比全国、全省高… is of it
    compared_since: int  # how many facts the section had then
    benchmarks: list[tuple[Value, str]]  # averages of places compared with, and the words before
    facts_before: int

    def benchmark_facts(self) -> None:
        """增幅略高于全省8.3%的平均水平, 比全市平均的10.9%: the average of the place compared with
        (a scope word of the text's place) is that place's figure of the indicator the sentence
        stated right before it, in the same measure."""
        for v, before in self.benchmarks:
            word = re.search(r"全[省市区县州](?=[^全]*$)", before)
            placed = self.ctx.places.scope(word.group()) if word else None
            at = self.ctx.orig[self.offset + v.start]
            said = [f for f in self.ctx.facts[self.facts_before :] if f.value_start < at]
            if placed is None or placed.region is None or not said or v.unit != said[-1].unit:
                continue
            subject = Subject(said[-1].indicator_text, placed.region, placed.source or "scope")
            span = (self.offset + v.start, self.offset + v.end)
            self.emit(subject, v, said[-1].measure, 1, span, remember=False)  # type: ignore[attr-defined]

    def compared(self, base: int, clause: str, values: list[Value], pending: str = "") -> list[Value]:
        """Read the clause's percentage-point values; returns those it read. A comparison naming
        nothing of its own is of what the clause before it (``pending``, with no value) names:
        实现GDP、工业、投资、消费等主要指标均快于全省，分别高于全省0.2个、3.5个…"""
        pp = [v for v in values if v.unit in PP_UNITS]
        if not pp:
            return []
        first = pp[0].start - base
        prev = max(  # A、B、C3个主要指标增速分别比…: a count of the items listed is no boundary
            (
                v.end - base
                for v in values
                if v.end - base <= first and not APPOSITIVE.match(clause, v.start - base)
            ),
            default=0,
        )
        parsed = read_comparison(clause[prev:first])
        if parsed is None:
            return []
        subject_text, marker, benchmarks, direction = parsed
        run = [pp[0]]
        for v in pp[1:]:  # 1.9、0.3个百分点 / 0.5个和0.1个百分点: one run of values
            between = clause[run[-1].end - base : v.start - base]
            if re.fullmatch(r"\s*[、和及与]\s*", between):
                run.append(v)
        opening = values[0].start - base  # a value before the difference in the same clause
        lead = self.lead_subject(clause[:opening]) if opening < first else None
        own = self.clean(subject_text)[0]  # type: ignore[attr-defined]
        named = self.named_before(pending) if opening >= first and not own else ""
        lead = lead or (self.region_of(named, None) if named else None)  # type: ignore[attr-defined]
        subject = self.pp_subject(subject_text, lead)
        if subject is None:
            return []
        self.compared_last = subject  # …分别比全国、全省高…: of what the sentence compared before
        self.compared_since = len(self.ctx.facts)
        benchmarks_each = split_benchmarks(benchmarks, len(run))
        if len(benchmarks_each) != len(run):
            benchmarks_each = benchmarks_each * len(run)
        start = self.offset + base + prev
        items = [subject] * len(run)
        if len(run) > 1 and "分别" in clause and len(set(benchmarks_each)) == 1:  # A、B增速分别比…回落x、y
            listed = self.listed_items(base, subject.text, None, len(run), headless=True)  # type: ignore[attr-defined]
            items = (
                listed
                or self.listed_before(base, pending, own, len(run))
                or self.stated_last(own, len(run))
                or items
            )
        for v, benchmark, item in zip(run, benchmarks_each, items, strict=False):
            wording = f"{with_rate(item.text)}{marker}{benchmark}{direction}"
            subject_each = Subject(wording, item.region, item.source)
            end = self.offset + (v.end if len(run) > 1 else base + len(clause))
            self.emit(  # type: ignore[attr-defined]
                subject_each, v, "pp_change", 1, (start, end), remember=False, resolve_as=subject.text
            )
        return run

    def named_before(self, clause: str) -> str:
        """The indicators a clause without values names before saying in words how they compare
        (GDP、工业、投资、消费等主要指标均快于全省 → GDP、工业、投资、消费); "" when it says none."""
        if not COMPARED_IN_WORDS.search(clause):
            return ""
        words = self.clean(TREND.sub("", clause))[0]  # type: ignore[attr-defined]
        return re.sub(r"等(?:主要|各项)?(?:经济)?指标$", "", words)

    def listed_before(self, base: int, pending: str, own: str, n: int) -> list[Subject] | None:
        """A、B和C普遍下降，增幅分别低于去年同期x、y、z个百分点: the ``n`` items the clause before
        (``pending``, with no value) lists, each with the bare rate compared (``own``)."""
        if own and not RATE.fullmatch(own):
            return None
        words = self.clean(TREND.sub("", pending))[0]  # type: ignore[attr-defined]
        if not words or not LIST.search(words):
            return None
        items = self.listed_items(base, words, None, n, headless=True)  # type: ignore[attr-defined]
        return [Subject(s.text + own, s.region, s.source) for s in items] if items else None

    def stated_last(self, own: str, n: int) -> list[Subject] | None:
        """A、B、C分别增长…，分别高于全国x、y、z个百分点: a difference of each of the ``n``
        subjects stated last, when the comparison's own (cleaned) words name none."""
        last = self.subjects[-n:] if len(self.subjects) >= n else []
        bare = not own or RATE.fullmatch(own) is not None
        return last if bare and len({s.text for s in last}) == n else None

    def lead_subject(self, lead: str) -> Subject | None:
        """The subject of the value a clause opens with, when a difference follows it in the
        same clause (高新技术产业增加值增长13.3%、同比加快1.2个百分点); None for a bare rate."""
        words, scope, _ = self.clean(lead)  # type: ignore[attr-defined]
        if not lead or not words or RATE.fullmatch(words):
            return None
        subject = self.region_of(words + ("比" if words.endswith("占") else ""), scope)  # type: ignore[attr-defined]
        return subject if subject.text else None

    def pp_subject(self, text: str, lead: Subject | None = None) -> Subject | None:
        """The indicator a difference is of: the words before the comparison, a bare rate
        completed by the subject of the value before it in the clause (``lead``) or by the
        indicator stated last, or that indicator alone."""
        cleaned, scope, _ = self.clean(text)  # type: ignore[attr-defined]
        last = (
            lead
            # …比重为42.2%，同比提高1.6个百分点: a subject stated since the last comparison is newer
            or (self.stated_since_compared() or self.compared_last)
            or (self.subjects[-1] if self.subjects else self.ctx.topic)
        )
        if cleaned and not RATE.fullmatch(cleaned) and not re.fullmatch(r"其?(?:增速|增幅)", cleaned):
            return self.region_of(cleaned, scope)  # type: ignore[attr-defined]
        if last is None:
            return None
        stem = last.text.split("占")[0] if cleaned in ("占比", "比重") else last.text  # A占B的比重 → A占比
        cleaned = "增速" if cleaned == "增长速度" else cleaned
        stem = stem.removesuffix(cleaned) if cleaned else stem  # 涨幅…，涨幅扩大1个百分点: one 涨幅
        return Subject(stem + cleaned if cleaned else stem, last.region, last.source)

    def stated_since_compared(self) -> Subject | None:
        """The indicator of the last value other than a difference stated since the sentence's
        last comparison, as it was emitted, in the place of the subject stated last; else None."""
        if self.compared_last is None:
            return None
        said = [f for f in self.ctx.facts[self.compared_since :] if f.measure != "pp_change"]
        if not said or not self.subjects:
            return None
        return Subject(said[-1].indicator_text, self.subjects[-1].region, self.subjects[-1].source)

    def rates_of_places_compared(self, values: list[Value]) -> list[tuple[Value, RegionRef]]:
        """比江苏4.6%的增速低了1.3个百分点, 远超宝坻区的2.5%: the rate of the place compared with,
        stated on the way."""
        found = []
        for v in values:
            before = re.split(r"[,，;；]", self.text[: v.start])[-1]  # type: ignore[attr-defined]
            named = PLACE_COMPARED.search(before)
            rate_after = named is not None and RATE_AFTER.match(self.text, v.end) is not None  # type: ignore[attr-defined]
            if not rate_after and (named := PLACE_OF_COMPARED.search(before)):
                rate_after = re.match(r"\s*(?:[,，;；。]|$)", self.text[v.end :]) is not None  # type: ignore[attr-defined]
            if v.unit == "%" and named and rate_after:
                place = self.ctx.gazetteer.lookup(named.group("place"), self.ctx.places.context())
                if place is not None:
                    found.append((v, place))
        return found
