"""Facts from a section's sentences, and a kind for every number in them.

Per clause (text between ，；。): a ``分别`` list pairs its subjects and values in order;
otherwise each value takes as subject the words before it back to the previous value
(or, for 5条特色街区, the words after it). Subjects lose leading verbs (推动, 带动 …),
period and scope words (上半年, 全区); a bare head noun (营收) inherits the stem of the
subject before it; a place at the start of a subject, or 全市, moves the fact to that
place; a list of places sharing one bound gives one fact per place. Numbers that give
no fact are classified (date, ordinal, name in quotes, duration, threshold inside a
name, baseline of 由…到…) or left 'unexplained' for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.textcore.indicators import IndicatorDictionary
from dagster_project.textcore.models import DecodedText, Fact, NumberMention, Section
from dagster_project.textcore.numbers import VALUE, parse_number, qualifier, unit_measure
from dagster_project.textcore.periods import find_periods
from dagster_project.textcore.regions import Gazetteer, RegionRef

SENTENCE = re.compile(r"[^。；！？!?;]+[。；！？!?;]?")
CLAUSE = re.compile(r"[^，,：:]+")
ANY_NUMBER = re.compile(
    r"\d+(?:\.\d+)?|(?<![\d.])[一二两三四五六七八九十百千]*[千百万亿][一二两三四五六七八九十百千万亿]*(?=[余多]?[场个家项次户人条])"
)
UP = "增长|增加|提高|上升|提升|上涨|增|扩大|回升|攀升"
DOWN = "下降|减少|回落|压减|降低|下滑|收窄|减|降"
VERB_TAIL = re.compile(
    rf"(?:同比|分别|均|累计|共)*(?:{UP}|{DOWN}|达到|达|为|突破|超过|实现|至|压减至|压降至|降至|增至)*(?:同比|分别|均)*$"
)
LEAD_VERBS = re.compile(
    r"^(?:.*(?:带动|推动|助力|拉动))?(?:实现|推进|完成|举办|开展|策划举办|策划|累计认定|累计|认定|新培育|培育|新建|引进|"
    r"推出|入选|集中签约|招引|其中|共|已|全年|今年以来|以来)*"
)
TRAILING_VERB = re.compile(
    r"(?:服务|实施|出台|推出|扛牢|规划建设|建设|打造|培育|引进|新建|举办|开展|招引|认定|”|\")$"
)
SCOPE = re.compile(r"^(?:全区|全县|全旗|全州|全市|全省|直管区(?=$)|新区|本区|本县|我区|我县|我市|本市)")
CITY_SCOPE = re.compile(r"^(?:全市|本市|我市)")
HEADS = [
    "产业链产值",
    "营业收入",
    "利润总额",
    "零售额",
    "外贸额",
    "销售额",
    "增加值",
    "产值",
    "营收",
    "占比",
    "投资",
    "产量",
    "收入",
    "总额",
    "起数",
    "人数",
    "比重",
    "额",
    "量",
]
COMPLETE_END = re.compile(
    r"(?:值|额|量|率|比|数|资|入|润|收|口|费|企业|项目|人次|产业|价格|指数|面积|规模|GDP|重)$"
)
DURATION_AFTER = re.compile(r"^(?:多|余)?(?:个)?(?:多)?(?:月|年|天|日|小时|分钟|周)")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class _Value:
    start: int  # offsets in the section text
    end: int
    number: float
    unit: str | None
    qualifier: str | None
    sign: int
    measure: str | None


def _strip_subject(text: str) -> str:
    text = text.strip(" 、，,和及与。；")
    if text.count("“") < text.count("”"):
        text = text[text.rfind("”") + 1 :]
    text = VERB_TAIL.sub("", text)
    text = LEAD_VERBS.sub("", text)
    for _ in range(2):
        text = re.sub(
            r"^(?:上半年|下半年|一季度|前三季度|全年|今年|去年|同比|\d{1,2}-\d{1,2}月|\d{1,2}月)", "", text
        )
    text = re.sub(r"(?:的|为|达|占)$", "", text)
    return text.strip(" 、，,和及与等。；")


def _head(subject: str) -> str | None:
    return next((h for h in HEADS if subject.endswith(h) and len(subject) > len(h)), None)


def _measure(unit: str | None, verb_text: str, subject: str, multiple: bool) -> str | None:
    if unit in ("%", "‰"):
        if re.search(rf"(?:{UP}|{DOWN})(?:超过|超|近|约)?$", verb_text):
            return "growth_pct"
        if "占" in subject or re.search(r"(?:率|比|比重|比例|占比)$", subject):
            return "share_pct"
        return "growth_pct" if re.search(rf"(?:{UP}|{DOWN})", verb_text) else "share_pct"
    if unit == "成":
        return "growth_pct"
    if unit == "倍":
        return "growth_multiple" if multiple else None
    if unit in ("个百分点", "百分点"):
        return "pp_change"
    return unit_measure(unit)


def _values(text: str) -> list[tuple[re.Match, _Value]]:
    found = []
    for m in VALUE.finditer(text):
        unit = m.group("unit")
        if unit is None:
            continue
        before = text[max(0, m.start() - 4) : m.start()]
        sign = -1 if re.search(rf"(?:{DOWN})(?:超过|超|近|约)?$", before + (m.group("qpre") or "")) else 1
        try:
            number = parse_number(m.group("num"))
        except ValueError:
            continue
        qual = qualifier(m.group("qpre"), m.group("qpost"), m.group("qend"))
        multiple = unit == "倍" and bool(re.search(rf"(?:{UP})$", before))
        found.append(
            (m, _Value(m.start(), m.end(), number, unit, qual, sign, _measure(unit, before, "", multiple)))
        )
    return found


class _Section:
    """A section's text with a map from each character to its offset in the original."""

    def __init__(self, section: Section, decoded: DecodedText) -> None:
        self.section = section
        self.text = section.text
        self.orig: list[int] = []
        for para in section.paragraphs:
            for a, b in para.pieces:
                self.orig.extend(range(a, b))
        self.decoded = decoded

    def original(self, start: int, end: int) -> str:
        return "".join(self.decoded.text[i] for i in self.orig[start:end])

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.orig[start], self.orig[end - 1] + 1


def extract(
    sections: list[Section],
    decoded: DecodedText,
    period_code: str | None,
    year: int | None,
    doc_region: RegionRef | None,
    gazetteer: Gazetteer,
    dictionary: IndicatorDictionary | None = None,
) -> tuple[list[Fact], list[NumberMention]]:
    """Facts of every section and a classification of every number."""
    dictionary = dictionary or IndicatorDictionary.default()
    facts: list[Fact] = []
    numbers: list[NumberMention] = []
    city = (gazetteer.city_of(doc_region) or doc_region) if doc_region else None
    if doc_region and doc_region.level == "province":
        city = doc_region
    for section in sections:
        if not section.paragraphs:
            continue
        sec = _Section(section, decoded)
        region = gazetteer.by_code(section.region_code) if section.region_code else doc_region
        sec_city = (gazetteer.city_of(region) if region and region.level != "province" else region) or city
        periods = find_periods(sec.text, year)
        for sm in SENTENCE.finditer(sec.text):
            _sentence(
                sec,
                sm.start(),
                sm.group(),
                region,
                sec_city,
                periods,
                period_code,
                gazetteer,
                dictionary,
                facts,
                numbers,
            )
    return facts, numbers


def _period_at(periods: list[tuple[int, int, str | None]], pos: int, default: str | None) -> str | None:
    code = default
    for start, _, found in periods:
        if start > pos:
            break
        if found:
            code = found
    return code


def _place(subject: str, gazetteer: Gazetteer, context: RegionRef | None) -> tuple[RegionRef | None, str]:
    """A place named at the start of a subject (not inside quotes), and the subject without it."""
    if subject.startswith(("“", '"')):
        return None, subject
    found = gazetteer.find(subject[:12], context)
    if found and found[0][0] == 0:
        _, end, ref = found[0]
        return ref, subject[end:]
    return None, subject


def _sentence(
    sec, offset, sentence, region, city, periods, period_default, gazetteer, dictionary, facts, numbers
):
    used: dict[int, str] = {}  # section offset of a number -> its kind
    for cm in CLAUSE.finditer(sentence):
        clause = cm.group()
        base = offset + cm.start()
        values = _values(clause)
        if not values:
            continue
        handled = _respectively(
            sec,
            base,
            clause,
            values,
            region,
            city,
            periods,
            period_default,
            gazetteer,
            dictionary,
            facts,
            used,
            offset,
            sentence,
        )
        if not handled:
            _simple(
                sec,
                base,
                clause,
                values,
                region,
                city,
                periods,
                period_default,
                gazetteer,
                dictionary,
                facts,
                used,
            )
    for m in ANY_NUMBER.finditer(sentence):
        pos = offset + m.start()
        kind = used.get(pos) or _kind(sentence, m)
        numbers.append(
            NumberMention(
                sec.section.section_no,
                *sec.span(pos, offset + m.end()),
                m.group(),
                kind,
                sec.original(offset, offset + len(sentence)).strip(),
            )
        )


def _kind(sentence: str, m: re.Match) -> str:
    before, after = sentence[: m.start()], sentence[m.end() :]
    for q in QUOTED.finditer(sentence):
        if q.start() < m.start() < q.end():
            return "name"
    if before.endswith("第"):
        return "ranking" if re.match(r"^(?:名|位)", after) or "居" in before[-8:] else "ordinal"
    if re.match(r"^(?:年|月|日|号|时)", after) or re.match(r"^[·.\-]\d", after):
        return "date"
    if DURATION_AFTER.match(after) or re.match(r"^个?(?:多)?(?:月|年|天)", after):
        return "duration"
    if re.match(r"^(?:代|G|nm|英寸|寸|英里)", after) or re.search(r"[A-Za-z]$", before):
        return "name"
    if re.match(r"^[^，。；]{0,4}(?:以上|以下)(?:项目|企业|工业|规模)", after):
        return "threshold"
    if before.endswith("由"):
        return "baseline"
    if re.match(r"^(?:大|项|个|条)", after) and re.search(r"“|行动|举措|体系|平台|工程|机制", after[:12]):
        return "quantifier"
    return "unexplained"


def _emit(
    sec, subject_text, value, clause_span, region, region_source, period, dictionary, facts, used, measure
):
    resolved = dictionary.resolve(subject_text)
    start, end = sec.span(*clause_span)
    facts.append(
        Fact(
            section_no=sec.section.section_no,
            start=start,
            end=end,
            indicator_text=subject_text,
            indicator_code=resolved[0] if resolved else None,
            measure=measure,
            value=value.number * (value.sign if measure == "growth_pct" else 1),
            unit=value.unit,
            qualifier=value.qualifier,
            region_code=region.code if region else None,
            region_name=region.name if region else None,
            region_source=region_source,
            period_code=period,
            evidence=sec.original(*clause_span).strip(" ，,"),
        )
    )
    used[value.start] = "fact"


def _region_for(subject, region, city, gazetteer):
    """(region, source, subject without scope/place words)."""
    if CITY_SCOPE.match(subject):
        return city or region, "city", CITY_SCOPE.sub("", subject)
    stripped = SCOPE.sub("", subject)
    place, rest = _place(stripped, gazetteer, city or region)
    if place is not None and rest:
        return place, "clause", rest
    return region, "section", stripped or subject


def _respectively(
    sec,
    base,
    clause,
    values,
    region,
    city,
    periods,
    default,
    gazetteer,
    dictionary,
    facts,
    used,
    s_offset,
    sentence,
):
    m = re.search(r"分别", clause)
    if not m:
        return False
    head_text = clause[: m.start()]
    tail_values = [(vm, v) for vm, v in values if vm.start() >= m.end()]
    if len(tail_values) < 2:
        return False
    subject_text = _strip_subject(head_text)
    region_, source, subject_text = _region_for(subject_text, region, city, gazetteer)
    subject_text = LEAD_VERBS.sub("", subject_text)
    items = [s for s in subject_text.split("、") if s]
    n = len(tail_values)
    if len(items) == n - 1 and items:
        last = re.split(r"[和及与]", items[-1], maxsplit=1)
        items = items[:-1] + [x for x in last if x]
    if len(items) < n:
        return False
    items = items[-n:]
    head = _head(items[-1])
    if head:
        items = [it if COMPLETE_END.search(it) or dictionary.resolve(it) else it + head for it in items]
    verb_text = clause[m.end() : tail_values[0][0].start()]
    period = _period_at(periods, base, default)
    for item, (vm, value) in zip(items, tail_values, strict=True):
        multiple = value.unit == "倍" and bool(re.search(UP, verb_text))
        measure = _measure(value.unit, verb_text, item, multiple)
        sign = -1 if re.search(DOWN, verb_text) else 1
        bound = value.qualifier or qualifier(*re.findall(r"超过|突破|超|近|约", verb_text)[:1])
        value = _Value(
            base + vm.start("num"), base + vm.end(), value.number, value.unit, bound, sign, measure
        )
        if measure is None:
            continue
        _emit(
            sec,
            item,
            value,
            (base, base + len(clause)),
            region_,
            source,
            period,
            dictionary,
            facts,
            used,
            measure,
        )
    return True


def _simple(sec, base, clause, values, region, city, periods, default, gazetteer, dictionary, facts, used):
    prev_end = 0
    prev_subject = None
    pending_subject = None  # the subject before 由 in 由51户重组为33户
    quoted = [(q.start(), q.end()) for q in QUOTED.finditer(clause)]
    period = _period_at(periods, base, default)
    for i, (vm, value) in enumerate(values):
        before = clause[prev_end : vm.start()]
        before = before[before.rfind("、") + 1 :]
        after_limit = values[i + 1][0].start() if i + 1 < len(values) else len(clause)
        after = clause[vm.end() : after_limit]
        prev_end = vm.end()
        key = base + vm.start("num")
        if value.unit is None:
            continue
        if any(a < vm.start("num") < b for a, b in quoted):
            used[key] = "name"
            continue
        if DURATION_AFTER.match(after) and value.unit in ("个", None):
            used[key] = "duration"
            continue
        if (vm.group("qend") or "").endswith("以上") and re.match(r"^[\u4e00-\u9fff]", after):
            used[key] = "threshold"
            prev_end = vm.start()
            continue
        if before.endswith("由"):
            used[key] = "baseline"
            pending_subject = _strip_subject(before[:-1])
            continue
        after_subject = _strip_subject(re.split(r"[、等，]", after)[0])
        subject = "" if before.rstrip().endswith("等") else _strip_subject(before)
        if pending_subject:
            subject, pending_subject = pending_subject, None
        if "等" in subject:
            places_text, _, rest = subject.rpartition("等")
            places = [gazetteer.lookup(p, city or region) for p in re.split(r"[、和]", places_text) if p]
            if len(places) >= 2 and all(places):
                indicator = re.sub(r"^(?:区县|区|县|地区|市)", "", rest) or rest
                verb = clause[vm.start() - 4 : vm.start()]
                measure = _measure(value.unit, verb + (vm.group("qpre") or ""), indicator, False)
                for place in places:
                    _emit(
                        sec,
                        indicator,
                        value,
                        (base, base + len(clause)),
                        place,
                        "clause",
                        period,
                        dictionary,
                        facts,
                        used,
                        measure or "growth_pct",
                    )
                continue
            subject = subject.rpartition("等")[2]
        counted = unit_measure(value.unit) is not None
        if counted and after_subject and (len(subject) <= 1 or TRAILING_VERB.search(subject)):
            subject = after_subject
        if not subject:
            used[key] = "unexplained"
            continue
        verb_window = clause[max(0, vm.start() - 4) : vm.start()] + (vm.group("qpre") or "")
        multiple = value.unit == "倍" and bool(
            re.search(rf"(?:{UP})$", clause[max(0, vm.start() - 4) : vm.start()])
        )
        measure = _measure(value.unit, verb_window, subject, multiple)
        if measure is None:
            continue
        region_, source, subject = _region_for(subject, region, city, gazetteer)
        if prev_subject and (
            len(subject) <= 2 or subject in ("营收", "营业收入", "利润", "产值", "产量", "收入")
        ):
            head = _head(prev_subject)
            stem = prev_subject[: -len(head)] if head else prev_subject
            subject = stem + subject
        sign = -1 if re.search(rf"(?:{DOWN})(?:超过|超|近|约)?$", verb_window) else 1
        value = _Value(
            base + vm.start("num"), base + vm.end(), value.number, value.unit, value.qualifier, sign, measure
        )
        pair = re.split(r"和(?=[^和]{2,}$)", subject)
        if len(pair) == 2 and COMPLETE_END.search(pair[0]) and measure.startswith("growth"):
            first, second = pair
            head = _head(first)
            stem = first[: -len(head)] if head else first[: max(0, len(first) - len(second))]
            subjects = [first, second if COMPLETE_END.search(second) and len(second) > 3 else stem + second]
        else:
            subjects = [subject]
        clause_start = base + (clause.rfind("、", 0, vm.start()) + 1 if "、" in clause[: vm.start()] else 0)
        for subj in subjects:
            _emit(
                sec,
                subj,
                value,
                (clause_start, base + vm.end() + len(vm.group(0)) * 0),
                region_,
                source,
                period,
                dictionary,
                facts,
                used,
                measure,
            )
        prev_subject = subjects[-1]
