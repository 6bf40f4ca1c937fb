"""What a section's sentences share: its text, places, periods and the number kinds found."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from itertools import accumulate

from dagster_project.textcore.context.resolver import Placed, RegionResolver
from dagster_project.textcore.dates import LOOKING_BACK
from dagster_project.textcore.extract.lexicon import LOCAL_PERIOD_AFTER, LOCAL_PERIOD_BEFORE, SENTENCE_END
from dagster_project.textcore.indicators import IndicatorDictionary
from dagster_project.textcore.models import DecodedText, DocumentDates, Fact, Section
from dagster_project.textcore.periods import (
    LISTED,
    STATED_FOR_WORDS,
    YEAR_BEFORE_OF,
    find_periods,
    period_end_month,
    stated_before,
    year_before,
)
from dagster_project.textcore.regions import Gazetteer, RegionRef

# 桃源工业集中区, 武清经开区: a zone named after its place, not the place
ZONE_AFTER_PLACE = re.compile(
    r"[^,，。；;]{0,4}?(?:开发区|高新区|集中区|园区|产业园|新区|经开区|保税区|示范区|管理区)"
)


@dataclass(frozen=True)
class Subject:
    text: str
    region: RegionRef | None
    source: str


@dataclass
class SectionState:
    """What a section's sentences share: regions, periods, dictionary, and the output."""

    section: Section
    text: str  # normalised section text
    orig: list[int]  # original offset of each character of ``text``
    decoded: DecodedText
    places: RegionResolver
    periods: list[tuple[int, int, str | None]]
    period_default: str | None
    gazetteer: Gazetteer
    dictionary: IndicatorDictionary
    local_until: dict[int, int] = field(default_factory=dict)  # a sub-period's start -> end of its sentence
    paragraph_starts: list[int] = field(default_factory=list)  # section offset of each paragraph
    facts: list[Fact] = field(default_factory=list)
    topic: Subject | None = None  # the indicator stated last: what a value without one is of
    parts: set[str] = field(default_factory=set)  # sectors' parts of a whole (农业增加值): no topic
    used: dict[int, str] = field(default_factory=dict)  # section offset of a numeral -> its kind
    earlier: dict[int, tuple[int, str]] = field(default_factory=dict)  # see ``periods.stated_before``
    opened_by: dict[int, RegionRef] = field(default_factory=dict)  # paragraph start -> the place opening it
    wrapped: bool = False  # a text whose lines were wrapped with blanks inside words (实现销 售收入)

    def _paragraph(self, pos: int) -> int:
        return max((p for p in self.paragraph_starts if p <= pos), default=0)

    def open_paragraph(self, sentence: int, place: RegionRef | None) -> None:
        """Note the place a paragraph's first sentence states a value of (2020年江西省粮食总产量…)."""
        if place is not None and sentence == self._paragraph(sentence):
            self.opened_by.setdefault(sentence, place)

    def paragraph_place(self, sentence: int) -> RegionRef | None:
        """The place that opened the paragraph of the sentence at ``sentence``, if one did."""
        return self.opened_by.get(self._paragraph(sentence))

    def one_place(self, sentence: str) -> Placed | None:
        """The one place a sentence without values speaks of (值得注意的是，蚌埠市统计局公布了…。
        武清区作为…桥头堡。 排名第一的天河区同样…), for the sentences going on with it (其中，GDP
        达…): the place opening a clause or its words after 的; None when none or several do, a
        zone is named after it (桃源工业集中区) or it is above the text's own (山西)."""
        own, found = self.places.context(), set()
        for clause in re.split(r"[,，:：]", sentence):
            for words in {clause.strip(), clause.strip().rpartition("的")[2]}:
                lead = self.places.leading_place(words)
                if lead is None or ZONE_AFTER_PLACE.match(words, lead[0]) or not self.places.near(lead[1]):
                    continue
                if not (own and self.gazetteer.within(own, lead[1])):
                    found.add(lead[1])
        return Placed(found.pop(), "sentence") if len(found) == 1 else None

    def original(self, start: int, end: int) -> str:
        """Text of ``text[start:end]`` as written (quoted across layout joins)."""
        if start >= end:
            return ""
        a, b = self.orig[start], self.orig[end - 1] + 1
        if b - a == end - start:
            return self.decoded.text[a:b]
        return "".join(self.decoded.text[i] for i in self.orig[start:end])

    def stated_period(self, pos: int, clause: int, sentence: int) -> tuple[str, str] | None:
        """When the value at ``pos`` is stated for an earlier period (比2017年的567亿元, 较前一年的
        10.4%): the words before the comparison, from ``clause`` on, and that period's code."""
        found = self.earlier.get(pos)
        if found is None and (m := YEAR_BEFORE_OF.search(self.text, max(clause, pos - 9), pos)):
            found = (m.start(), year_before(self.period_at(pos, clause, sentence)[0]))
        if found is None or found[1] is None:
            return None
        return STATED_FOR_WORDS.sub("", self.text[clause : found[0]]), found[1]

    def period_at(self, pos: int, clause: int, sentence: int) -> tuple[str | None, str]:
        """The period of a value at ``pos``: the nearest period named before it in its clause
        (starting at ``clause``), its sentence, its paragraph, its section, else the
        document's; with the level it came from."""
        code, at = self.period_default, None
        for start, _, found in self.periods:
            if start > pos:
                break
            if found and pos < self.local_until.get(start, pos + 1):
                code, at = found, start
        if at is None:
            return code, "document"
        if at >= clause:
            return code, "clause"
        if at >= sentence:
            return code, "sentence"
        paragraph = self._paragraph(pos)
        if at < paragraph and _months_aside(code, self.period_default):
            return self.period_default, "document"
        return code, "paragraph" if at >= paragraph else "section"

    def item_periods(self, at: int, head: str, n: int, sentence: int) -> list[str | None]:
        """The period of each of ``n`` items listed in ``head`` (at ``at``) when one item after
        the first names its own (规上工业增加值、1-5月规上服务业营业收入、固定资产投资分别增长…):
        that item's is its own, the others' the one in force before the list; else None each."""
        parts = head.split("、")
        if len(parts) != n:
            return [None] * n
        spans = []
        for part in parts:
            spans.append((at, at + len(part)))
            at += len(part) + 1
        named = [next((c for s, _, c in self.periods if a <= s < b and c), None) for a, b in spans]
        if not any(named[1:]):
            return [None] * n
        before = self.period_at(spans[0][0] - 1, spans[0][0], sentence)[0]
        return [code or before for code in named]


def _months_aside(code: str | None, main: str | None) -> bool:
    """Whether ``code``, named in an earlier paragraph, is months said aside from the text's
    own quarter, half or year (an H1 report's 1-5月 profits, which lag a month), or a month
    alone inside the text's own months (10月份 in a report on 1-10月): a paragraph naming no
    period goes on with the text's own, not with those months."""
    if not (code and main and "-M" in code and code[:4] == main[:4]):
        return False
    # 1-10月经济运行…; 10月份，…当月产量…: the month alone, in an earlier paragraph, inside the span
    span = re.fullmatch(r"\d{4}-M(\d{2})M(\d{2})", main)
    month = re.fullmatch(r"\d{4}-M(\d{2})", code)
    if span and month:
        return int(span.group(1)) <= int(month.group(1)) <= int(span.group(2))
    return "-M" not in main


def _after_a_value(text: str, pos: int) -> bool:
    """Whether a period at ``pos`` is named after a value its sentence already stated
    (…增长4.6%，而一季度下降6.1%、上半年增长1.0%): a contrast, not the period of what follows."""
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, pos)]
    return bool(re.search(r"\d[%％‰]|\d\s*[亿万]?元", text[starts[-1] if starts else 0 : pos]))


def _sentence_end(text: str, pos: int, stops: re.Pattern[str] = SENTENCE_END) -> int:
    """Where the sentence at ``pos`` ends (at one of ``stops``), with the sentences going on
    with it (11月当月进出口…。其中，出口…: the sub-period holds for its parts too)."""
    end = (stops.search(text, pos) or re.search("$", text)).end()  # type: ignore[union-attr]
    while text[end:].lstrip().startswith("其中") and end < len(text):
        end = (stops.search(text, end) or re.search("$", text)).end()  # type: ignore[union-attr]
    return end


def _said_in_passing(text: str, period: tuple[int, int, str | None], main: str | None) -> bool:
    """Whether a period other than the text's own stands in a sentence stating no value (三季度，
    部分地区遭遇多轮强降雨。…; 上半年经济主要指标由负转正。): it tells a story, the values after
    it are of the text's own period."""
    start = max(text.rfind(mark, 0, period[0]) for mark in "。!?！？") + 1  # …致以亲切的问候!今年以来…
    end = _sentence_end(text, period[1], FULL_STOP)
    review = LOOKING_BACK.search(text, period[0], period[1])  # 刚刚过去的一年，是…的一年: the frame
    return main is not None and period[2] != main and not review and not re.search(r"\d", text[start:end])


def _latest_part_aside(text: str, period: tuple[int, int, str | None], main: str | None) -> bool:
    """Whether the latest part of the text's own period (三季度 of a report on 前三季度) opens a
    clause stating no value (三季度,部分地区遭遇多轮强降雨,…): an event's time, which holds for
    its sentence at most, not for the values of the sentences after it."""
    code = period[2]
    if not code or not main or code == main or code[:4] != main[:4] or not re.fullmatch(r"\d{4}-Q\d", code):
        return False  # a quarter: a month alone (5月份,浙江坚决贯彻…) is a monthly release's own
    if period_end_month(code) != period_end_month(main):
        return False
    clause = re.match(r"[,，]?([^,，;；。:：]*)", text[period[1] :]).group(1)  # type: ignore[union-attr]
    return len(clause) > 1 and not re.search(r"\d|[一二三四五六七八九十百千万亿]+(?:个|项|家)", clause)


def _last_month_of(month: str | None, span: str | None) -> bool:
    """Whether ``month`` is one month alone (2023-M05) that ends the ``span`` before it (2023-M01M05)."""
    if month is None or span is None or span == month or not re.fullmatch(r"\d{4}-M\d{2}", month):
        return False
    return span[:4] == month[:4] and period_end_month(span) == int(month[-2:])


FULL_STOP = re.compile(r"[。!?！？]")
TITLE_CHARS = 100  # how far into the text its title runs
WRAPPED_BLANKS, WRAPPED_PER_1000 = 5, 8
FURNITURE_CHARS = 800  # how far a web page's furniture (breadcrumbs, 索引号, 发布日期) may push it


BLANK_IN_WORDS = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")


def blank_wrapped(norm: str) -> bool:
    """Whether a text (a document converted from a file) has its lines wrapped with blanks, so
    that a blank between two characters is no break (生 产总值, 实现销 售收入): a few such
    blanks per thousand characters."""
    found = len(BLANK_IN_WORDS.findall(norm))
    return found >= WRAPPED_BLANKS and found * 1000 >= WRAPPED_PER_1000 * len(norm)


def _bulletin_titled(norm: str, year: int | None) -> bool:
    """Whether a line near the top titles the text a bulletin of ``year``
    (重庆市武隆区2020年国民经济和社会发展统计公报)."""
    return (
        re.search(rf"(?m)^[^。\n]{{0,20}}{year}\s?年[^。，,\n]{{0,24}}公报\s*$", norm[:FURNITURE_CHARS])
        is not None
    )


def section_state(
    section, decoded, dates: DocumentDates, doc_region, doc_source, gazetteer, dictionary
) -> SectionState:
    """The state a section's sentences share, its places and periods read."""
    own = gazetteer.by_code(section.region_code) if section.region_code else None
    places = RegionResolver(gazetteer, own, doc_region, doc_source)
    text = section.text
    orig = [i for para in section.paragraphs for a, b in para.pieces for i in range(a, b)]
    # 佛冈县2009年…统计公报 (published 2010): the year the text's title writes out for its values
    titled = int(dates.period_code) if dates.period_code and dates.period_code.isdigit() else None
    opening = decoded.norm[:TITLE_CHARS]
    named = titled is not None and dates.year is not None and titled < dates.year
    # under a page's furniture (索引号, 发布机构 …), a bulletin's title line further down
    named = named and (f"{titled}年" in opening or _bulletin_titled(decoded.norm, titled))
    written = titled if named and dates.dated else None
    mentions = find_periods(text, dates.year, dates.month, dates.dated, written)
    periods = [(p.start, p.end, p.code) for p in mentions if p.role == "period"]
    local_until = {  # 其中，8月当月…; …增长4.6%，而一季度下降6.1%: a sub-period holds for its sentence only
        p[0]: _sentence_end(text, p[1])
        for p in periods
        if LOCAL_PERIOD_BEFORE.search(text[max(0, p[0] - 5) : p[0]])
        or text.startswith(LOCAL_PERIOD_AFTER, p[1])
        or _after_a_value(text, p[0])
        or text[p[1] - 1] in "末底"  # 6月末，存款余额…: a balance's date, not the report's period
        or _said_in_passing(text, p, dates.period_code)
        or _latest_part_aside(text, p, dates.period_code)
    }
    starts = list(accumulate(len(para.text) for para in section.paragraphs))
    for before, p in itertools.pairwise(periods):  # 其中，4月、5月、6月单月…: the list is local too
        if before[0] in local_until and LISTED.fullmatch(text[before[1] : p[0]]):
            local_until[p[0]] = local_until[before[0]]
        elif _last_month_of(p[2], before[2]) and len({bisect.bisect(starts, x[0]) for x in (before, p)}) == 1:
            # 1—5月份…；5月份…下降3.6%；…。全旗…: in its paragraph, the month alone, then the span again
            local_until[p[0]] = _sentence_end(text, p[1], FULL_STOP)
    return SectionState(
        section,
        text,
        orig,
        decoded,
        places,
        periods,
        dates.period_code,
        gazetteer,
        dictionary,
        local_until,
        list(accumulate((len(p.text) for p in section.paragraphs[:-1]), initial=0)),
        earlier=stated_before(mentions, text),
        wrapped=blank_wrapped(decoded.norm),
    )
