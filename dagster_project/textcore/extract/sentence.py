"""One sentence: its values, and the subjects stated so far (for inheritance)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dagster_project.textcore.context.resolver import NATIONAL, Placed
from dagster_project.textcore.extract.brackets import BracketsMixin
from dagster_project.textcore.extract.clauses import ClausesMixin
from dagster_project.textcore.extract.comparisons import ComparisonsMixin
from dagster_project.textcore.extract.earlier import EarlierValuesMixin
from dagster_project.textcore.extract.kinds import ValueKindsMixin
from dagster_project.textcore.extract.lexicon import (
    AVERAGE_YEARLY,
    BEYOND_PLAN,
    CLAUSE,
    COMPLETE_END,
    ESTIMATE,
    GROWTH_WORD,
    LISTED_PLACE,
    PROGRESS_OF,
    YEARS_TOTAL,
    ZONE_NAME,
)
from dagster_project.textcore.extract.lists import ListsMixin
from dagster_project.textcore.extract.measures import plausible
from dagster_project.textcore.extract.notes import NotesMixin
from dagster_project.textcore.extract.parts import PartsMixin
from dagster_project.textcore.extract.place_groups import PlaceGroupsMixin
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.extract.subjects import SubjectsMixin
from dagster_project.textcore.extract.wordless import WordlessMixin
from dagster_project.textcore.layout.blocks import is_table_row
from dagster_project.textcore.models import Fact
from dagster_project.textcore.numbers import Value
from dagster_project.textcore.regions import RegionRef

# 其经济总量, 其GDP: its (a place's), not 其中, 其他, 其余, 其次, 其实
POSSESSIVE = re.compile(r"(?:^|[,，])(?:[^,，]{0,12}?)其(?![中他余次实它])")
# 该地区, 这座城市 opening a sentence: the place the sentence before named last
DEMONSTRATIVE = re.compile(r"^[^,，]{0,8}?(?:该|这一?|此)(?:座城市|个城市|城市|地区|区|市|县|州|省)")


# 55.59亿元 alone on its line, under the label line it is of
VALUE_ALONE = re.compile(r"\s*(?:约|超|近|达)?\d[\d.,]*\s*(?:亿元|万元|元|亿|万|%)\s*[。;；]?\s*")
# 经济总量超过1万亿元的省份(有10个): a count of places
PLACES_COUNTED_END = re.compile(r"的(?:省份|省区市|城市|地市|市州|区县|县区|县市区|县市|县|市|区|省)$")
# 增速分别为广州市5.1%、…: the words announcing a list of places with their values
LIST_HEAD = re.compile(r"[^\d]*?(?:分别|依次)(?:为|是)(?=[\u4e00-\u9fff])")
ANY = re.compile(r".+", re.S)

# 分产业看，第一产业…: a breakdown of what the sentence before stated, of the same place (as 其中)
GOING_ON = re.compile(r"分(?:产业|行业|领域|门类|区域)(?:来)?看|从(?:产业|行业)(?:上|来)?看")


class SentenceReader(
    SubjectsMixin,
    WordlessMixin,
    PlaceGroupsMixin,
    PartsMixin,
    NotesMixin,
    ComparisonsMixin,
    ListsMixin,
    BracketsMixin,
    ClausesMixin,
    EarlierValuesMixin,
    ValueKindsMixin,
):
    """One sentence: its values, and the subjects stated so far (for inheritance)."""

    def __init__(
        self,
        ctx: SectionState,
        offset: int,
        text: str,
        carried: Subject | None = None,
        before: str = "",
        held: Placed | None = None,
    ) -> None:
        self.ctx, self.offset, self.text = ctx, offset, text
        self.subjects: list[Subject] = []
        self.sentence_place: Placed | None = None  # a place the sentence named for its values
        self.compared_last: Subject | None = None
        self.compared_since = 0
        self.paired: list[RegionRef] | None = None  # the places the last 分别 list was of
        self.facts_before = len(ctx.facts)  # the facts of the sentences before this one
        self.benchmarks: list[tuple[Value, str]] = []  # averages of places compared with
        # the sentence before, when it announces this one (上半年各区县GDP完成数据：)
        # …上半年GDP总值⏎55.59亿元: a value alone on its line is of the label line before it
        labelled = VALUE_ALONE.fullmatch(text) is not None and not re.search(r"\d[%亿万元]", before)
        self.label = before if labelled else ""
        self.heading = before if re.search(r"[:：]\s*$", before) or labelled else ""
        self.continues = re.search(r"[;；]\s*$", before) is not None  # …农业42.5亿元；林业1.5亿元
        self.before = before
        going_on = text.lstrip().startswith("其中")  # 全市GDP增长5.8%。其中，…: the same place
        if not going_on and GOING_ON.match(text.lstrip()):  # 分产业看，…: so too, when it was named
            named = carried or held
            going_on = named is not None and named.region is not None
        if carried and going_on:
            self.subjects = [carried]
            self.sentence_place = Placed(carried.region, carried.source)
        elif labelled and (lead := ctx.places.leading_place(before.strip())):
            self.sentence_place = Placed(lead[1], "sentence")  # 永泰县…GDP总值⏎55.59亿元
        elif held and (going_on or re.search(r"[;；]\s*$", before)):
            # 蚌埠市统计局公布了…。其中，GDP达…; 蚌埠固定资产投资增长0.5%；基础设施投资增长23.4%
            self.sentence_place = held

    def refer_back(self, before: str) -> None:
        """其经济总量…: a sentence whose subject is 其 (its) and that names no place before it
        speaks of the first place the sentence ``before`` names (其下西安，这座城市…。在2023年，
        其经济总量…); one opening with 该地区/这座城市 of the last (贵阳…；遵义…。该地区…)."""
        demonstrative = DEMONSTRATIVE.search(self.text)
        pronoun = demonstrative or POSSESSIVE.search(self.text)
        if pronoun is None or self.sentence_place is not None:
            return
        context = self.ctx.places.context()
        if self.ctx.gazetteer.find(self.text[: pronoun.start()], context):
            return
        named = self.ctx.gazetteer.find(before, context)
        if named:
            self.sentence_place = Placed(named[-1 if demonstrative else 0][2], "sentence")

    def run(self, values: list[Value]) -> None:
        """Facts from the sentence's values (offsets relative to the sentence)."""
        if (item := LISTED_PLACE.match(self.text)) and ZONE_NAME.fullmatch(item.group("name")):
            self.note_place(item.group("name"))  # 18、汉沽管理区，35.9亿: a zone's, not the place before's
        compared = self.rates_of_places_compared(values)
        values = [v for v in self.values_of_its_own(values) if v not in {c[0] for c in compared}]
        pending = ""  # the clause before, when it holds no value: what a 分别 list may refer to
        previous = ""  # the clause before, whatever it holds: places a 分别 list may pair with
        for cm in self.clauses():
            inside = [v for v in values if cm.start() <= v.start and v.end <= cm.end()]
            if not inside:
                pending = cm.group()
                self.note_place(pending)
                colon = self.text[cm.end() : cm.end() + 1] in (":", "：")
                self.note_rate_topic(pending + ("：" if colon else ""))  # 分别增长：…
                if (said := self.subject_of_clause(pending)) is not None:
                    self.subjects.append(said)
                continue
            self.note_described_place(cm.group())
            if is_table_row(cm.group()):  # 1 唐山 4837.7 5108.2 -270.5 -5.30%
                for v in inside:
                    self.ctx.used[self.offset + v.num_start] = "table"
                continue
            done = self.compared(cm.start(), cm.group(), inside, pending)
            inside = [v for v in inside if v not in done]
            base, clause = cm.start(), cm.group()
            if done and inside:  # …低于全市增速4.7个百分点法库县实现…: read on after the difference
                cut = max((v.end for v in done if v.end <= inside[0].start), default=base) - base
                base, clause = base + cut, clause[cut:]
            made = len(self.ctx.facts)
            if (
                inside
                and not self.bracketed_places(base, clause, inside, pending or previous or self.heading)
                and not self.respectively(base, clause, inside, pending, previous)
            ):
                self.simple(base, clause, inside)
            # a clause whose numbers gave no fact (黔南、铜仁位于1000亿元至1500亿元之间) may still
            # name what the next clause's list is of
            pending = cm.group() if len(self.ctx.facts) == made else ""
            previous = cm.group()
        last = self.subjects[0] if self.subjects else self.ctx.topic
        for v, place in compared:  # of the indicator the sentence stated first
            if last is not None:
                span = (self.offset + v.start, self.offset + v.end)
                self.emit(Subject(last.text, place, "clause"), v, "growth_pct", 1, span, remember=False)
        self.benchmark_facts()

    def clauses(self) -> Iterator[re.Match[str]]:
        """The sentence's clauses; one announcing places and their values without a colon
        (增速分别为广州市5.1%、深圳市4.2%) is read as two, the announcement and the list."""
        for cm in CLAUSE.finditer(self.text):
            head = LIST_HEAD.match(self.text, cm.start(), cm.end())
            if head and self.ctx.places.leading_place(self.text[head.end() : cm.end()]):
                yield from ANY.finditer(self.text, cm.start(), head.end())
                yield from ANY.finditer(self.text, head.end(), cm.end())
            else:
                yield cm

    def emit(
        self,
        subject: Subject,
        v: Value,
        measure: str,
        sign: int,
        span: tuple[int, int],
        bound: str | None = None,
        remember: bool = True,
        resolve_as: str | None = None,
        period: str | None = None,
        period_source: str = "baseline",
    ) -> None:
        """One fact; ``remember`` makes its subject the one later bare values refer to, and
        ``resolve_as`` is the wording its canonical indicator is looked up by (a difference in
        points is of the indicator it compares)."""
        ctx = self.ctx
        if self.of_group_topic(subject):  # 西部地区房地产开发投资…，同比增长6.3%: still the group's
            ctx.used[self.offset + v.num_start] = "grouping"
            return
        text = re.sub(r"^(?:的|之)(?=\S)", "", subject.text.strip(" ,，、"))  # …区的GDP总量: no leading 的
        if subject.region is not None:  # 全国GDP…。贵州和天津都是5.3%: their GDP, not the nation's
            text = NATIONAL.sub("", text) or text
        if not text:
            return
        rate = GROWTH_WORD.search(text)
        of = text  # 增加值增速为12.5%: the 增加值 grew; its wording keeps the rate as written
        if measure == "growth_pct" and rate and rate.start() >= 2:
            of = text[: rate.start()]
        resolved = (
            ctx.dictionary.resolve(resolve_as or of)
            or ctx.dictionary.resolve(text)  # 经济增速
            or (measure == "growth_pct" and ctx.dictionary.resolve(text + "增长"))  # 经济…增长12.4%
            or None
        )
        start, end = span
        signed = measure in ("growth_pct", "pp_change") and v.number >= 0  # 降幅…收窄至-11.6%: as written
        value = v.number * (sign if signed else 1)
        # a misread (wrong subject, pieces misjoined, a unit cut off): kept for review
        if not plausible(measure, value, v.unit):
            ctx.used[self.offset + v.num_start] = "implausible"
            return
        at = self.offset + v.num_start
        period_code, source = self.period_of(v, measure, text, start, period)
        source = period_source if period and source == "baseline" else source
        if measure == "growth_pct" and (base := self.base_year(v, period_code)) and base not in text:
            text += base  # 比2019年一季度增长19.3%: a rate over two years keeps its base in its wording
        ctx.facts.append(
            Fact(
                section_no=ctx.section.section_no,
                start=ctx.orig[start],
                end=ctx.orig[end - 1] + 1,
                indicator_text=self.as_written(text, start, end),
                indicator_code=resolved[0] if resolved else None,
                measure=measure,
                value=value + 0.0,
                unit=v.unit,
                qualifier=self.qualifier_of(v, bound, estimate=period is None or period_source == "item"),
                region_code=subject.region.known_code if subject.region else None,
                region_name=subject.region.name if subject.region else None,
                region_source=subject.source,
                period_code=period_code,
                evidence=ctx.original(start, end).strip(" ,，、。;；!?！？"),
                period_source=source,
                value_start=ctx.orig[at],
                value_end=ctx.orig[self.offset + v.end - 1] + 1,
            )
        )
        ctx.used[self.offset + v.num_start] = "fact"
        if remember:
            self.remember(subject, measure, of, resolved is not None)
        if subject.source == "clause":  # 湖北省…居首，实现地区生产总值…: the place goes on
            self.sentence_place = Placed(subject.region, "sentence")
            ctx.open_paragraph(self.offset, subject.region)

    def period_of(
        self, v: Value, measure: str, text: str, start: int, stated: str | None
    ) -> tuple[str | None, str | None]:
        """(code, source) of the value's period: the one it was ``stated`` for, else the
        section's at its offset; a yearly average (年均增长11.7%, over a plan's years) and a
        territory's area (总面积1140.76平方公里) have none."""
        if measure == "growth_pct" and ("年均" in text or AVERAGE_YEARLY.search(self.text, 0, v.start)):
            return None, "span"
        if measure != "pp_change" and YEARS_TOTAL.search(self.text, 0, v.start):
            return None, "span"
        if (v.unit or "").endswith("平方公里") and text.endswith("面积"):  # 总面积1140.76平方公里
            return None, "profile"  # the size of a territory: of no period
        if stated:
            return stated, "baseline"
        return self.ctx.period_at(self.offset + v.num_start, start, self.offset)

    def remember(self, subject: Subject, measure: str, of: str, canonical: bool) -> None:
        """Make ``subject`` the one later bare values refer to, and what it is of (an
        indicator, no stray words) the section's topic."""
        if subject.text.endswith(PROGRESS_OF):
            return  # …为计划的52.5%，同比增长22.1%: the rate is of the indicator
        if measure == "count" and PLACES_COUNTED_END.search(subject.text):
            return  # 经济总量超过1万亿元的省份有10个，分别是：广东…: not what later values are of
        if plan := BEYOND_PLAN.search(subject.text):  # 财政收入完成年初预算的31.2%，同比增长20%
            if not subject.text[: plan.start()]:
                return
            subject = Subject(subject.text[: plan.start()], subject.region, subject.source)
        if not self.subjects or self.subjects[-1] != subject:
            self.subjects.append(subject)
        if measure == "share_pct":  # 高技术产业增加值占…的比重为24.5%: of what it is a share
            of = of[: of.index("占")] if "占" in of else ""
            of = "" if of.endswith(("总量", "总值", "规模")) else of  # 经济总量占…: a size, not a topic
            canonical = bool(of) and self.ctx.dictionary.resolve(of) is not None
        if of and of not in self.ctx.parts and (canonical or COMPLETE_END.search(of)):
            self.ctx.topic = Subject(of, subject.region, subject.source)

    def qualifier_of(self, v: Value, bound: str | None, estimate: bool = True) -> str | None:
        """The bound the text puts on a value (超, 余, 约 …), after 预计 when it is an estimate
        (never a value of an earlier period: 预计实现600亿元，比2017年的567亿元…)."""
        said = bound if bound is not None else v.qualifier
        if estimate and ESTIMATE.search(self.text[: max(0, v.start)]):
            return "预计" if said is None else f"预计;{said}"
        return said

    def as_written(self, text: str, start: int, end: int) -> str:
        """The wording in the original script when it stands in the clause as one piece."""
        pos = self.ctx.text.find(text, start, end)
        return self.ctx.original(pos, pos + len(text)) if pos >= 0 else text
