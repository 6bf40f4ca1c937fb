"""Facts from a section's sentences, and a kind for every number in them.

Sentences split at 。；！？ and clauses at ，：.  In a clause each value (``numbers.find_values``)
takes as subject the words before it back to the previous value or list mark, stripped of
verbs, period and scope words (带动…, 上半年, 全区, 同比增长).  On top of that:

- ``A、B、C分别增长x%、y%、z%`` pairs subjects and values in order; a list with no subjects
  (``…分别增长15.3%和20.1%``) takes the subjects of the values before it in the sentence;
- ``A和B下降50%``, ``A、B均增长5%`` give one fact per subject;
- a place list sharing one value (``万州、开州、云阳等区县增速均超过6%``) gives one fact per place;
- a missing subject (``同比增长8%``) or a bare head noun (``营收增长20.3%``) inherits from
  the clause before;
- a count followed by a noun counts that noun (``新培育5条特色街区``); a count that only
  qualifies the next value (``5项关键指标均为100%``) is no fact;
- 全区/新区 is the section's region, 全市 the city (the section's own in a county-level
  city), 全省 the province, a place at the start of the subject that place.

A goal (全年目标：…, 预计…, 力争…) is no fact: its numbers are of kind 'target'.  A sub-period
(其中，8月当月…) holds for its sentence only.  Other numbers that give no fact get a kind from
``numbers.number_kind`` (or 'unexplained').
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from dagster_project.textcore.indicators import IndicatorDictionary
from dagster_project.textcore.models import DecodedText, DocumentDates, Fact, NumberMention, Section
from dagster_project.textcore.numbers import (
    ANY_NUMBER,
    POLICY_NOUNS,
    Value,
    find_values,
    number_kind,
    qualifier,
    unit_measure,
)
from dagster_project.textcore.periods import find_periods, named_alike
from dagster_project.textcore.regions import Gazetteer, RegionRef

SENTENCE = re.compile(r"[^。;；!?！？]+[。;；!?！？]?")
CLAUSE = re.compile(r"(?:(?<=\d)[,:](?=\d)|[^,，:：])+")  # 15,234.5 stays whole
UP = "增长|增加|提高|上升|提升|上涨|扩大|回升|攀升|加快|增"
DOWN = "下降|减少|回落|压减|压降|降低|下滑|收窄|缩小|放缓|减|降"
BOUND = "超过|超|突破|近|约|逾|接近|将近|不足|不到"
COMPARE = (
    r"(?:比|较|与|同)(?:\d{4}年|上年|去年|前年|上月|上季度|年初|上年末|同期|[一二三四1-4]季度末?|上半年|前三季度"
    r"|\d{1,2}-\d{1,2}月|\d{1,2}月|全国|全省|全市)(?:同期|末|全年|平均水平|平均|水平)?(?:相比)?"
    r"|(?:高于|低于|快于|慢于|领先)(?:全国|全省|全市|全区|同期)(?:平均水平|平均|水平)?"
)
VERB_TAIL = re.compile(
    rf"(?:(?:{COMPARE})(?:高|低|快|慢|多|少)?|同比|环比|分别|年均|均|都|累计|共|合计|总计|首次|首度|再次|一举|新增|净增|多增|少增|实现|完成|达到|达|为|是|有|至|到|{BOUND}|{UP}|{DOWN}"
    r"|控制在|保持在|稳定在|增至|降至|压减至|压降至|提高到|提高至|占)*$"
)
PERIOD_WORDS = re.compile(
    r"^(?:\d{4}年|今年以来|今年|去年|全年|年内|上半年|下半年|前三季度|[一二三四1-4]季度|\d{1,2}[-—~至]\d{1,2}月份?"
    r"|\d{1,2}月份?|1月至\d{1,2}月|当月|单月|本月|以来|期间|同期|截至\S{0,6}?(?:底|末))"
)
SCOPE_WORDS = re.compile(
    r"^(?P<section>全区|全县|全旗|全州|直管区|新区|本区|本县|我区|我县|辖区|区内|县内)"
    r"|^(?P<city>全市|本市|我市|市内)|^(?P<province>全省|本省|我省|省内)"
)
LEAD_VERBS = re.compile(
    r"^(?:.*(?:带动|推动|助力|拉动|促进|推进|驱动))?(?:其中|另外|此外|同时|总体看|累计|共计|共|已|还|"
    r"实现|完成|推进|举办|开展|策划举办|累计认定|认定|新培育|培育|新建|建成|引进|招引|推出|出台|实施|突破|"
    r"入选|集中签约|落户|争创|创建|获批|获评|新增认定|打造|新获批)*"
)
TRAILING_VERB = re.compile(
    r"(?:服务|实施|出台|推出|扛牢|规划建设|建设|打造|培育|引进|新建|举办|开展|招引|认定|落户|发布|签约|"
    r"形成|构建|建成|推动|实现|完成|突破|入选|获批|[”」』》\"])$"
)
HEADS = (
    "产业链产值 营业收入 利润总额 零售额 外贸额 销售额 增加值 增速 增幅 "
    "产值 营收 利润 占比 比重 投资 产量 收入 总额 起数 人数 出口 进口 税收 额 量"
).split()
BARE_HEADS = frozenset(HEADS) - {"额", "量"} | {"亡人数"}
COMPLETE_END = re.compile(
    r"(?:值|额|量|率|比|数|资|入|润|收|口|费|企业|项目|人次|产业|价格|指数|面积|规模|GDP|重|税)$"
)
SHARE_SUBJECT = re.compile(r"占|(?:率|比|比重|比例|份额)$")
RATE_WORDS = "增速|增幅|增长率|涨幅"
GROWTH_SUBJECT = re.compile(rf"(?:{RATE_WORDS}|降幅|增长)$")
GROWTH_WORD = re.compile(rf"(?:{RATE_WORDS})$")
DURATION_AFTER = re.compile(r"^(?:多|余)?(?:个)?(?:多)?(?:月|年|天|日|小时|分钟|周|工作日)")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|「[^」]*」|『[^』]*』")
OPEN_QUOTES, CLOSE_QUOTES = "“「『《", "”」』》"
NOUN_AFTER_STOP = re.compile(rf"^(?:的|了|等)?(?:{UP}|{DOWN}|同比|比|较|占|达|为|实现|完成|以上|以下|左右)")
COMPARE_BEFORE = re.compile(r"(?:比|较|与|同|于|至|到)$")
MOVE = re.compile(rf"{UP}|{DOWN}")
INNER_VERB = re.compile(r"(?<=.{2})实现(?=.{2})")
MOVE_END = re.compile(rf"(?:{UP}|{DOWN})(?:{BOUND})?$")
FALL = re.compile(rf"(?:{DOWN})|低于|慢于|[低慢少]$")
POLICY_COUNT = re.compile(rf"(?:{POLICY_NOUNS})$")  # 出台5项举措: measures announced, no output
SCALE_PREFIX = re.compile(r"^(?:规模以上|规上|限额以上|限上|资质以上)")
# 电子信息、装备制造两大万亿级产业营收: the count of the list, said again before the shared tail
APPOSITIVE = re.compile(r"(?:[两二三四五六七八九十]|\d+)大[^、，]{0,6}?(?:产业|行业|领域|板块|集群)(?=.)")
INCREMENT = re.compile(r"新增|净增|多增|少增|增加|减少")
# A clause that says how a subject moved without a number: 出口由负转正，增长2.1%
TREND = re.compile(
    r"(?:由负转正|由降转升|由降转增|止跌回升|企稳回升|扭亏为盈|稳中有升|稳步(?:增长|提升)"
    r"|(?:较快|快速|大幅|持续|平稳|强劲)(?:增长|提升|回升))$"
)
# 分别高于全国、全省: one subject compared with a list of benchmarks
COMPARED_LIST = re.compile(r"(?:高于|低于|快于|慢于|高出|领先)[^,，\d]*[、和及与][^,，\d]*$")
SENTENCE_END = re.compile(r"[。;；!?！？]")
LOCAL_PERIOD_BEFORE = re.compile(r"其中[,，]?$")
LOCAL_PERIOD_AFTER = ("当月", "单月")
# A value that is a goal, not an outcome: 全年目标：GDP增长6.5%左右; 力争全年增长6%
TARGET = re.compile(r"(?<!完成全年)(?<!完成年度)(?<!完成)目标|预计|力争")  # 完成全年目标的60%: progress
PROGRESS = re.compile(r"(?:全年|年度)?目标(?:任务)?")
ATTRIBUTES = frozenset("总数 总量 数量 规模 累计数".split())  # 企业230家，总数1800家: of the same
FALL_PP = re.compile(rf"(?:{DOWN.replace('|收窄|缩小', '')})|低于|慢于|[低慢少]$")


@dataclass(frozen=True)
class _Subject:
    text: str
    region: RegionRef | None
    source: str


@dataclass
class _Context:
    """What a section's sentences share: regions, periods, dictionary, and the output."""

    section: Section
    text: str  # normalised section text
    orig: list[int]  # original offset of each character of ``text``
    decoded: DecodedText
    region: RegionRef | None
    region_source: str
    city: RegionRef | None
    province: RegionRef | None
    periods: list[tuple[int, int, str | None]]
    period_default: str | None
    gazetteer: Gazetteer
    dictionary: IndicatorDictionary
    local_until: dict[int, int] = field(default_factory=dict)  # a sub-period's start -> end of its sentence
    facts: list[Fact] = field(default_factory=list)
    used: dict[int, str] = field(default_factory=dict)  # section offset of a numeral -> its kind

    def original(self, start: int, end: int) -> str:
        """Text of ``text[start:end]`` as written (quoted across layout joins)."""
        if start >= end:
            return ""
        a, b = self.orig[start], self.orig[end - 1] + 1
        if b - a == end - start:
            return self.decoded.text[a:b]
        return "".join(self.decoded.text[i] for i in self.orig[start:end])

    def period_at(self, pos: int) -> str | None:
        code = self.period_default
        for start, _, found in self.periods:
            if start > pos:
                break
            if found and pos < self.local_until.get(start, pos + 1):
                code = found
        return code


def extract(
    sections: list[Section],
    decoded: DecodedText,
    dates: DocumentDates,
    doc_region: RegionRef | None,
    gazetteer: Gazetteer,
    dictionary: IndicatorDictionary | None = None,
) -> tuple[list[Fact], list[NumberMention]]:
    """Facts of every section and a kind for every number in them.

    Offsets and evidence refer to ``decoded.text``; a fact's period is the nearest period
    expression before it in its section (comparisons such as 比一季度 excluded), else the
    document's default period; periods without a year take theirs from the document's year.
    """
    dictionary = dictionary or IndicatorDictionary.default()
    facts: list[Fact] = []
    numbers: list[NumberMention] = []
    for section in sections:
        if not section.paragraphs:
            continue
        ctx = _context(section, decoded, dates, doc_region, gazetteer, dictionary)
        starts: list[int] = []
        carried: _Subject | None = None
        values = find_values(ctx.text)
        i = 0
        for sm in SENTENCE.finditer(ctx.text):
            starts.append(sm.start())
            while i < len(values) and values[i].start < sm.start():
                i += 1
            j = i
            while j < len(values) and values[j].end <= sm.end():
                j += 1
            if j > i:
                sentence = _Sentence(ctx, sm.start(), sm.group(), carried)
                sentence.run([_shift(v, -sm.start()) for v in values[i:j]])
                carried = sentence.subjects[-1] if sentence.subjects else None
            else:
                carried = None
            i = j
        facts.extend(ctx.facts)
        numbers.extend(_mentions(ctx, starts))
    return facts, numbers


def _context(section, decoded, dates: DocumentDates, doc_region, gazetteer, dictionary) -> _Context:
    region = gazetteer.by_code(section.region_code) if section.region_code else None
    source = "section"
    if region is None:
        region, source = doc_region, "document"
    anchor = region or doc_region
    city = province = None
    if anchor is not None:
        city = gazetteer.city_of(anchor) or (doc_region and gazetteer.city_of(doc_region))
        province = gazetteer.province_of(anchor)
    text = section.text
    orig = [i for para in section.paragraphs for a, b in para.pieces for i in range(a, b)]
    mentions = find_periods(text, dates.year, dates.month, dates.dated)
    named = {p.code for p in mentions if p.code}
    periods = [(p.start, p.end, named_alike(p.code, named)) for p in mentions if p.role == "period"]
    local_until = {  # 其中，8月当月…: a sub-period holds for its sentence only
        p[0]: (SENTENCE_END.search(text, p[1]) or re.search("$", text)).end()
        for p in periods
        if LOCAL_PERIOD_BEFORE.search(text[max(0, p[0] - 3) : p[0]])
        or text.startswith(LOCAL_PERIOD_AFTER, p[1])
    }
    return _Context(
        section,
        text,
        orig,
        decoded,
        region,
        source,
        city,
        province,
        periods,
        dates.period_code,
        gazetteer,
        dictionary,
        local_until,
    )


def _mentions(ctx: _Context, starts: list[int]) -> list[NumberMention]:
    """Every number of the section with its kind and its sentence as written."""
    out = []
    quoted: dict[int, str] = {}  # sentence index -> its original text
    for m in ANY_NUMBER.finditer(ctx.text):
        i = max(0, bisect_right(starts, m.start()) - 1)
        s_start = starts[i] if starts else 0
        s_end = starts[i + 1] if i + 1 < len(starts) else len(ctx.text)
        kind = ctx.used.get(m.start()) or number_kind(
            ctx.text[s_start:s_end], m.start() - s_start, m.end() - s_start
        )
        if i not in quoted:
            quoted[i] = ctx.original(s_start, s_end).strip()
        out.append(
            NumberMention(
                ctx.section.section_no,
                ctx.orig[m.start()],
                ctx.orig[m.end() - 1] + 1,
                ctx.original(m.start(), m.end()),
                kind,
                quoted[i],
            )
        )
    return out


class _Sentence:
    """One sentence: its values, and the subjects stated so far (for inheritance)."""

    def __init__(self, ctx: _Context, offset: int, text: str, carried: _Subject | None = None) -> None:
        self.ctx, self.offset, self.text = ctx, offset, text
        self.subjects: list[_Subject] = []
        self.region, self.region_source = ctx.region, ctx.region_source
        if carried and text.lstrip().startswith("其中"):  # 全市GDP增长5.8%。其中，…: same place
            self.subjects = [carried]
            self.region, self.region_source = carried.region, carried.source

    # -- subjects -----------------------------------------------------------------------
    def clean(self, text: str) -> tuple[str, str | None, str]:
        """(subject, scope, verbs) of the words before a value."""
        text = text.strip(" 、,，和及与。;")
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

    def region_of(self, subject: str, scope: str | None) -> _Subject:
        """Where a subject's value belongs: a place it starts with, its scope word, the section."""
        ctx = self.ctx
        if scope == "city" and ctx.region and ctx.region.level == "county" and ctx.region.name.endswith("市"):
            return _Subject(subject, ctx.region, ctx.region_source)  # 全市 in a county-level city's speech
        if scope == "city" and ctx.city:
            return _Subject(subject, ctx.city, "city")
        if scope == "province" and ctx.province:
            return _Subject(subject, ctx.province, "city")
        if not subject.startswith((*OPEN_QUOTES, '"')):
            place = self.leading_place(subject)
            if place:
                rest = subject[place[0] :]
                rest = SCOPE_WORDS.sub("", rest) or rest
                return _Subject(rest, place[1], "clause")
        return _Subject(subject, self.region, self.region_source)

    def leading_place(self, text: str) -> tuple[int, RegionRef] | None:
        """(end, place) of a place the text starts with and does not end at (渝中区GDP)."""
        found = self.ctx.gazetteer.find(text[:12], self.ctx.region or self.ctx.city)
        if found and found[0][0] == 0 and found[0][1] < len(text):
            return found[0][1], found[0][2]
        return None

    def inherit(self, subject: str) -> _Subject | None:
        """A bare head takes the stem of the subject before it: 软信产业投资…、营收 →
        软信产业营收; GDP…，增速 → GDP增速."""
        if not self.subjects:
            return None
        last = self.subjects[-1]
        head = _head(last.text)
        if GROWTH_SUBJECT.search(subject) and head != subject:
            return _Subject(last.text + subject, last.region, last.source)
        if subject == head:
            return last
        if head:
            stem = last.text[: -len(head)]
            if subject in stem:  # 进出口总额…，其中出口: 出口, not 进出口出口
                return _Subject(subject, last.region, last.source)
            return _Subject(stem + subject, last.region, last.source)
        return None

    # -- values -------------------------------------------------------------------------
    def run(self, values: list[Value]) -> None:
        """Facts from the sentence's values (offsets relative to the sentence)."""
        for v in values:
            if v.threshold:
                self.ctx.used[self.offset + v.num_start] = "threshold"
        values = [v for v in values if not v.threshold]
        goals = {v.start for v in values if TARGET.search(re.split(r"[,，]", self.text[: v.start])[-1])}
        for v in values:
            if v.start in goals:
                self.ctx.used[self.offset + v.num_start] = "target"
        values = [v for v in values if v.start not in goals]
        for cm in CLAUSE.finditer(self.text):
            inside = [v for v in values if cm.start() <= v.start and v.end <= cm.end()]
            if not inside and TREND.search(cm.group()):  # 出口由负转正，增长2.1%: 出口 is the subject
                text, scope, _ = self.clean(TREND.sub("", cm.group()))
                if text:
                    self.subjects.append(self.region_of(text, scope))
            if inside and not self.respectively(cm.start(), cm.group(), inside):
                self.simple(cm.start(), cm.group(), inside)

    def respectively(self, base: int, clause: str, values: list[Value]) -> bool:
        """``A、B、C分别增长x%、y%、z%``: subjects and values paired in order."""
        m = clause.find("分别")
        tail = [v for v in values if v.start - base >= m + 2] if m >= 0 else []
        if len(tail) < 2:
            return False
        head, scope, _ = self.clean(clause[:m])
        compared = COMPARED_LIST.match(clause[m + 2 : tail[0].start - base])
        if head:
            items = self.split_items(head, scope, len(tail))
        elif compared and self.subjects:  # …增长5.2%，分别高于全国、全市0.3个和0.5个百分点
            items = [self.subjects[-1]] * len(tail)
        elif len(self.subjects) >= len(tail):
            items = self.subjects[-len(tail) :]
        else:
            items = None
        if items is None:
            return False
        verbs, bound = (compared.group() if compared else ""), qualifier(tail[0].bound_before)
        prev = base + m + 2
        span = (self.offset + base, self.offset + base + len(clause))
        for item, v in zip(items, tail, strict=True):
            between = self.text[prev : v.num_start]
            if MOVE.search(between) or "为" in between or "达" in between:
                verbs = between
            prev = v.end
            if compared:  # one subject compared with several: each value's evidence ends at it
                span = (span[0], self.offset + v.end)
            measure = _measure(v, verbs, item.text)
            if measure:
                self.emit(item, v, measure, _sign(verbs, measure), span, v.qualifier or bound)
        return True

    def split_items(self, head: str, scope: str | None, n: int) -> list[_Subject] | None:
        """Subjects of a 分别 list: split at 、 (and 和/及 before the last), the last item's
        tail shared (集成电路、新型显示产值; 城镇、农村居民人均可支配收入), the first item's
        stem shared (国企营业收入、利润总额), leading places distributed (渝北、江北GDP)."""
        head = APPOSITIVE.sub("", head)
        if n == 2 and "城乡" in head and not re.search(r"[、和及与]", head):  # 城乡居民收入分别…
            head = head.replace("城乡", "城镇", 1) + "、" + head.replace("城乡", "农村", 1)
        parts = [p for p in head.split("、") if p]
        if len(parts) < n:
            parts = parts[:-1] + [p for p in re.split(r"[和及与]", parts[-1]) if p]
        if len(parts) < n:
            return None
        parts = parts[-n:]
        last = self.region_of(parts[-1], scope)
        context = self.ctx.region or self.ctx.city
        places = [self.ctx.gazetteer.lookup(p, context) for p in parts[:-1]]
        if last.source == "clause" and all(places):
            return [_Subject(last.text, p, "clause") for p in places] + [last]
        subjects = [self.region_of(p, scope) for p in parts[:-1]] + [last]
        texts = [self.shared_tail(s.text, last.text) for s in subjects[:-1]] + [last.text]
        scale = SCALE_PREFIX.match(texts[0])
        if scale and texts[0] != subjects[0].text:  # 限上批发和零售业销售额: both ends shared
            texts = [texts[0]] + [t if SCALE_PREFIX.match(t) else scale.group() + t for t in texts[1:]]
        first_head = _head(texts[0]) if texts[0] not in HEADS else None  # 营业收入、利润总额: no stem
        if first_head:
            stem = texts[0][: -len(first_head)]
            texts = [texts[0]] + [stem + t if t in BARE_HEADS else t for t in texts[1:]]
        return [_Subject(t, s.region, s.source) for t, s in zip(texts, subjects, strict=True)]

    def shared_tail(self, item: str, last: str) -> str:
        """An item completed with the tail it shares with the last item of its list
        (高技术产业、战新产业占规上工业比重: the share of each)."""
        share = last.find("占")
        if share > 0 and "占" not in item:
            return item + last[share:]
        if COMPLETE_END.search(item) or self.ctx.dictionary.resolve(item):
            return item
        for cut in range(1, len(last) - 1):
            if self.ctx.dictionary.resolve(item + last[cut:]):
                return item + last[cut:]
        head = _head(last)
        return item + head if head else item

    def simple(self, base: int, clause: str, values: list[Value]) -> None:
        """Each value with the words before it (or, for a count, the noun after it)."""
        prev_end = 0  # clause offset where the next value's words start
        prefix = ""  # words carried from a count that only qualifies the next value
        baseline = ""  # subject of 由51户重组为33户, stated before the baseline
        piece = 0  # clause offset where the evidence of the next value starts
        for i, v in enumerate(values):
            vs, ve = v.start - base, v.end - base
            key = self.offset + v.num_start
            nxt = values[i + 1].start - base if i + 1 < len(values) else len(clause)
            seg, after = clause[prev_end:vs], clause[ve:nxt]
            after_piece = after.split("、")[0]
            if "、" in seg and i > 0:
                piece = prev_end + seg.rfind("、") + 1
            if DURATION_AFTER.match(after) and v.unit == "个":
                self.ctx.used[key] = "duration"
                prev_end = ve
                continue
            if seg.rstrip().endswith(("由", "从")):  # 由51户重组为33户: 51 is the baseline
                self.ctx.used[key] = "baseline"
                baseline, prev_end = self.clean(seg.rstrip()[:-1])[0], ve
                continue
            if any(q.start() < vs < q.end() for q in QUOTED.finditer(clause)):
                self.ctx.used[key] = "name"
                continue
            places = self.place_list(seg)
            if places:
                self.place_facts(places, v, (self.offset + base, self.offset + base + len(clause)))
                prev_end = ve
                continue
            listed = seg.rsplit("、", 1)
            shared = len(listed) == 2 and re.search(r"(?:均|都)", seg[-6:])
            if not shared and i > 0:  # 绿色工厂14个、智能工厂70个: the words after the 、
                seg = listed[-1]
            if "等" in seg:
                seg = seg.rsplit("等", 1)[1]
            subj_text, scope, verbs = self.clean(seg)
            subj_text, prefix = prefix + subj_text, ""
            if baseline:
                subj_text, baseline = baseline, ""
            counted = unit_measure(v.unit) is not None
            noun = self.noun_after(after_piece) if counted else ""
            if (
                counted
                and i + 1 < len(values)
                and "、" not in after
                and (not noun or unit_measure(values[i + 1].unit) != "count")
            ):  # 5项关键指标均为100%, 5批次19组…: a count qualifying what follows
                self.ctx.used[key] = "quantifier"
                prefix = "" if TRAILING_VERB.search(subj_text) else subj_text
                prev_end = ve
                continue
            bare = not subj_text or bool(TRAILING_VERB.search(subj_text))
            if noun and (bare or (unit_measure(v.unit) == "count" and not COMPLETE_END.search(subj_text))):
                subj_text = ("" if bare else subj_text) + noun
                prev_end = ve + len(after_piece)
            else:
                noun, prev_end = "", ve
            evidence = (
                self.offset + base + piece,
                self.offset + base + ve + (len(after_piece) if noun else 0),
            )
            measure = _measure(v, verbs, subj_text)
            if measure is None:
                continue
            increment = INCREMENT.search(verbs) if re.search(COMPARE, verbs) else None
            if subj_text and measure in ("count", "level") and increment:  # 贷款余额较年初新增320亿元
                subj_text += increment.group()
            if measure == "count" and POLICY_COUNT.search(subj_text):
                self.ctx.used[key] = "quantifier"
                continue
            subjects = self.subjects_for(subj_text, scope, measure, bool(shared), verbs)
            if not subjects:
                self.ctx.used[key] = "unexplained"
                continue
            for subject in subjects:
                self.emit(subject, v, measure, _sign(verbs, measure), evidence)

    def place_facts(self, places: tuple[list[RegionRef], str], v: Value, span: tuple[int, int]) -> None:
        """One fact per place of a list sharing one value (万州、开州等区县增速均超过6%)."""
        text, _, verbs = self.clean(places[1])
        inherited = self.inherit(text) if text in BARE_HEADS or GROWTH_SUBJECT.search(text) else None
        indicator = inherited.text if inherited else text
        measure = _measure(v, verbs, indicator)
        if measure:
            for place in places[0]:
                self.emit(_Subject(indicator, place, "clause"), v, measure, _sign(verbs, measure), span)

    def subjects_for(
        self, text: str, scope: str | None, measure: str, shared: bool, verbs: str
    ) -> list[_Subject]:
        """One subject, several (A和B, A、B均), or one taken from the clause before: a
        missing subject (同比增长8%), a bare head (营收), an increment (比年初增加420亿元)."""
        amount = measure in ("count", "level")
        if not text:
            if not self.subjects:
                return []
            last = self.subjects[-1]
            if not amount:
                return [last]
            change = MOVE.search(verbs)
            if change:
                return [_Subject(last.text + change.group(), last.region, last.source)]
            if "累计" in verbs:  # 新增市场主体1.2万户，累计达15.6万户: the stock
                return [_Subject(re.sub(r"^新增", "", last.text), last.region, last.source)]
            if verbs and re.fullmatch(r"(?:完成|实现|达到|达|为)+", verbs):  # 其中8月当月完成21.5亿元
                return [last]
            return []
        if self.subjects and PROGRESS.fullmatch(text):  # 新增就业1.2万人，完成全年目标任务的60%
            last = self.subjects[-1]
            return [_Subject(last.text + "目标完成进度", last.region, last.source)]
        if self.subjects and (text.startswith("占") or text in ATTRIBUTES):  # …增长12.3%，占…的比重
            last = self.subjects[-1]
            if text == "总量":  # GDP增长6.8%，增速…，总量突破1300亿元: the level of the same indicator
                return [next((x for x in reversed(self.subjects) if not GROWTH_SUBJECT.search(x.text)), last)]
            stem = re.sub(r"^新增", "", last.text) if text in ATTRIBUTES else last.text  # 新增…3家，总数61家
            return [_Subject(stem + text, last.region, last.source)]
        if text in BARE_HEADS or GROWTH_SUBJECT.search(text) or (len(text) <= 2 and not amount):
            inherited = self.inherit(text)
            if inherited:
                return [inherited]
        subject = self.region_of(text, scope)
        if not measure.startswith("growth") and not shared:
            return [subject]
        parts = re.split(r"、", subject.text) if shared else re.split(r"和(?=[^和]{2,}$)", subject.text)
        if len(parts) < 2 or not COMPLETE_END.search(parts[0]):
            return [subject]
        out = [parts[0]]
        head = _head(parts[0])
        for part in parts[1:]:
            complete = COMPLETE_END.search(part) and len(part) > 3
            stem = parts[0][: -len(head)] if head else parts[0][: max(0, len(parts[0]) - len(part))]
            out.append(part if complete else stem + part)
        return [_Subject(t, subject.region, subject.source) for t in out]

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
            else:
                parts = parts[:-1]
        context = self.ctx.region or self.ctx.city
        places = [self.ctx.gazetteer.lookup(p.strip(), context) for p in parts]
        if len(places) < 2 or not all(places):
            return None
        return places, re.sub(r"^(?:\d+个)?(?:区县|区市县|市县|县区|区|县|地区|城市|市)", "", rest)

    @staticmethod
    def noun_after(after: str) -> str:
        """The noun a count counts when it follows the count (5条特色街区)."""
        after = after.strip(" 、,，。;；!?！？")
        if not after or NOUN_AFTER_STOP.match(after) or not re.match(r"[\u4e00-\u9fff“「『\"A-Za-z]", after):
            return ""
        return re.sub(r"^的", "", after)

    def emit(
        self, subject: _Subject, v: Value, measure: str, sign: int, span: tuple[int, int], bound=None
    ) -> None:
        ctx = self.ctx
        text = subject.text.strip(" ,，、")
        rate = GROWTH_WORD.search(text)
        if measure == "growth_pct" and rate and rate.start() >= 2:  # 增加值增速为12.5%: the 增加值 grew
            text = text[: rate.start()]
        if not text:
            return
        resolved = ctx.dictionary.resolve(text)
        start, end = span
        value = v.number * (sign if measure in ("growth_pct", "pp_change") else 1)
        if not plausible(measure, value):  # a misread (wrong subject, pieces misjoined): kept for review
            ctx.used[self.offset + v.num_start] = "implausible"
            return
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
                qualifier=bound if bound is not None else v.qualifier,
                region_code=subject.region.code if subject.region else None,
                region_name=subject.region.name if subject.region else None,
                region_source=subject.source,
                period_code=ctx.period_at(start),
                evidence=ctx.original(start, end).strip(" ,，、。;；!?！？"),
            )
        )
        ctx.used[self.offset + v.num_start] = "fact"
        if not self.subjects or self.subjects[-1] != subject:
            self.subjects.append(subject)

    def as_written(self, text: str, start: int, end: int) -> str:
        """The wording in the original script when it stands in the clause as one piece."""
        pos = self.ctx.text.find(text, start, end)
        return self.ctx.original(pos, pos + len(text)) if pos >= 0 else text


def plausible(measure: str, value: float) -> bool:
    """Whether a value can be what its measure says: a share lies in 0–100 %, a fall is at
    most 100 %."""
    if measure == "share_pct":
        return 0 <= value <= 100
    if measure == "growth_pct":
        return value >= -100
    return True


def _shift(v: Value, delta: int) -> Value:
    return Value(
        v.start + delta,
        v.end + delta,
        v.num_start + delta,
        v.number,
        v.unit,
        v.qualifier,
        v.bound_before,
        v.threshold,
        v.word,
    )


def _head(subject: str) -> str | None:
    return next((h for h in HEADS if subject.endswith(h) and len(subject) > len(h)), None)


def _sign(verbs: str, measure: str) -> int:
    """-1 for a fall (下降, 回落, 比全国低); a narrowing gap (降幅收窄) is no fall in
    percentage points."""
    return -1 if (FALL_PP if measure == "pp_change" else FALL).search(verbs) else 1


def _measure(v: Value, verbs: str, subject: str) -> str | None:
    """The contract measure of a value from its unit, the verb before it and its subject."""
    unit = v.unit
    moved = MOVE.search(verbs) and not verbs.endswith(("到", "至"))
    if unit in ("%", "‰"):
        if v.word:  # 持平
            return "growth_pct"
        if moved and MOVE_END.search(verbs):
            return "growth_pct"
        if SHARE_SUBJECT.search(subject):
            return "share_pct"
        if GROWTH_SUBJECT.search(subject) or moved:
            return "growth_pct"
        return "share_pct"
    if unit == "成":
        return "growth_pct" if moved else "share_pct"
    if unit == "倍":
        return "growth_multiple" if moved or v.word else None
    if unit in ("个百分点", "百分点"):
        return "pp_change"
    return unit_measure(unit)
