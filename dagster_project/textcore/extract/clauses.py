"""Clauses: each value with the words before it, or the noun a count counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from dagster_project.textcore.extract.lexicon import (
    COMPARE,
    COMPLETE_END,
    DURATION_AFTER,
    GAP,
    GROUPING,
    GROWTH_GOES_ON,
    INCREMENT,
    LISTED_COUNT_BEFORE,
    METHOD,
    NAMED_AFTER,
    NAMED_AFTER_YI,
    NOUN_AFTER_STOP,
    PLACE_NOUNS,
    POLICY_COUNT,
    QUOTED,
    RANK_MOVE,
    RATE_AFTER,
    RATE_WORDS,
    SUPERLATIVE,
    TRAILING_VERB,
    WHOLE_COUNTED,
)
from dagster_project.textcore.extract.measures import measure_of, sign_of, signed_after
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import Value, unit_measure

COUNTED_UNITS = ("项", "个", "家", "位", "座")
# 江苏(苏州、南京、无锡)3座: how many places the brackets before a count list
PLACES_LISTED_BEFORE = re.compile(r"[(（][^()（）\d]{1,12}[、和][^()（）\d]{1,40}[)）]$")
WHOLE_BEFORE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,10})中有?")  # what a part is counted in


def _listed(text: str) -> int:
    """How many items a list at the end of ``text`` names (A、B和C → 3)."""
    return len([p for p in re.split(r"[、和及]", text.strip()) if p])


RANGE_BETWEEN = re.compile(r"\s*(?:至|到|~|～|-|—)\s*")
RANGE_AFTER = re.compile(r"\s*(?:之间|区间|以内|范围)")


# 区十一次党代会, 区政府四届83次常务会议: which congress or meeting, no count
CONGRESS_AFTER = re.compile(r"\s?(?:常务|常委|主任)?(?:全会|全体会议|会议|党代会|代表大会|人代会)")


class _Words(NamedTuple):
    """The words around one value of a clause."""

    seg: str  # from where the value's words start to the value
    after: str  # from the value to the next value (or the clause's end)
    listed_before: bool  # another value precedes it in the clause


class _Before(NamedTuple):
    """What the words before a value say of it."""

    subject: str
    scope: str | None  # 全市, 全区… (``context.scopes``)
    verbs: str
    shared: bool  # A、B均…: one value of every item listed
    gap: bool  # 相差8.4亿元: the value is a difference between two


@dataclass
class _Reading:
    """Where the reading of a clause has got to, value by value."""

    prev_end: int = 0  # clause offset where the next value's words start
    prefix: str = ""  # words carried from a count that only qualifies the next value
    baseline: str = ""  # subject of 由51户重组为33户, stated before the baseline
    piece: int = 0  # clause offset where the evidence of the next value starts


def _ratio_members(clause: str, base: int, values: list[Value]) -> set[int]:
    """Indices of values joined by a colon into a ratio (22.3:28.6:49.1)."""
    return {
        n
        for i in range(len(values) - 1)
        if clause[values[i].end - base : values[i + 1].start - base] in (":", "：")
        for n in (i, i + 1)
    }


def _range_bounds(clause: str, base: int, values: list[Value]) -> set[int]:
    """Indices of values that bound a range (1000亿元至1500亿元之间), not values themselves."""
    found: set[int] = set()
    for i in range(len(values) - 1):
        a, b = values[i], values[i + 1]
        if RANGE_BETWEEN.fullmatch(clause[a.end - base : b.start - base]) and RANGE_AFTER.match(
            clause, b.end - base
        ):
            found |= {i, i + 1}
    return found


def _last_list_mark(seg: str) -> int:
    """Where the last 、 of ``seg`` outside brackets is (not in 17个县(市、区)), or -1."""
    depth, found = 0, -1
    for i, ch in enumerate(seg):
        depth += (ch in "(（") - (ch in ")）")
        if ch == "、" and depth <= 0:
            found = i
    return found


class ClausesMixin:
    """Clauses: each value with the words before it, or the noun a count counts."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]
    facts_before: int

    def simple(self, base: int, clause: str, values: list[Value]) -> None:
        """Each value with the words before it (or, for a count, the noun after it)."""
        at = _Reading()
        ranges = _range_bounds(clause, base, values)
        ratios = _ratio_members(clause, base, values)
        for i, v in enumerate(values):
            vs, ve = v.start - base, v.end - base
            if i in ranges or i in ratios:  # 1000亿元至1500亿元之间, 由22.3:28.6:49.1调整为…
                self.ctx.used[self.offset + v.num_start] = "threshold" if i in ranges else "ratio"
                at.prev_end = ve
                continue
            nxt = values[i + 1].start - base if i + 1 < len(values) else len(clause)
            words = _Words(clause[at.prev_end : vs], clause[ve:nxt], i > 0)
            if (mark := _last_list_mark(words.seg)) >= 0 and i > 0:
                at.piece = at.prev_end + mark + 1
            if self.no_value_here(v, words, clause, base, at):
                continue
            self.read_value(v, words, values[i + 1] if i + 1 < len(values) else None, base, at)

    def no_value_here(self, v: Value, words: _Words, clause: str, base: int, at: _Reading) -> bool:
        """Whether the words around ``v`` make it no value of its own (a duration, a ranking,
        a count of what the text lists, a name, a baseline) or one read another way (a
        value of a named year, values shared by a list of places); records what it is."""
        key, ve, seg, after = self.offset + v.num_start, v.end - base, words.seg, words.after
        kind = None
        if DURATION_AFTER.match(after) and v.unit == "个":
            kind = "duration"
        elif v.unit == "次" and CONGRESS_AFTER.match(after):  # 区十一次党代会: which congress, no count
            kind = "ordinal"
        elif earlier := self.ctx.stated_period(
            self.offset + v.start, self.offset + base + at.prev_end, self.offset
        ):
            # 生产总值从1949年的1456万元增加到336亿元: 1456万元 is the value of 1949
            at.baseline = self.clean(earlier[0])[0] or at.baseline  # …增加到2011年的: the same subject
            self.value_of_year(v, at.baseline, earlier[1], (self.offset + base, self.offset + base + ve))
        elif seg.rstrip().endswith(("由", "从")):  # 由51户重组为33户: 51 is the baseline
            kind, at.baseline = "baseline", self.clean(seg.rstrip()[:-1])[0]
        elif (v.unit in ("位", "名") or after.startswith("位次")) and RANK_MOVE.search(seg.rstrip()):
            # 与上季度上升4位, 比1—7月份提升1个位次
            kind = "ranking"
        elif v.unit in COUNTED_UNITS and (
            (LISTED_COUNT_BEFORE.search(seg.strip()) and _listed(seg) == v.number)
            or seg.rstrip().endswith(("在", "居", "位居", "位列"))
            or PLACE_NOUNS.match(after)
            or WHOLE_COUNTED.match(after)
            or PLACES_LISTED_BEFORE.search(seg.rstrip())  # 江苏(苏州、南京、无锡)3座
        ):  # A、B、C3项指标…, 在16个县市区…中, 30个省份: counting what the text lists or compares
            kind = "quantifier"
        elif self.paired and at.prev_end == 0 and re.match(r"\s*(?:合计|共计|总计)", seg):
            kind = "grouping"  # A、B、C分别占…，合计占69%: the total of the places just listed
        elif any(q.start() < v.start - base < q.end() for q in QUOTED.finditer(clause)):
            self.ctx.used[key] = "name"
            return True  # the words after a name still belong to the next value
        elif places := self.place_list(seg) or (
            at.prev_end == 0 and not re.search(r"\d", clause[ve:]) and self.places_just_before(base, seg)
        ):
            self.place_facts(places, v, (self.offset + base, self.offset + base + len(clause)))
        else:
            return False
        if kind:
            self.ctx.used[key] = kind
        at.prev_end = ve
        return True

    def read_value(self, v: Value, words: _Words, following: Value | None, base: int, at: _Reading) -> None:
        """The value with its subject: the words before it, what it inherits, or the noun
        after it; a count that only qualifies the next value is carried on to it."""
        key, ve, seg, after = self.offset + v.num_start, v.end - base, words.seg, words.after
        after_piece = after.split("、")[0]
        before = self.words_before(seg, after, words.listed_before)
        subj_text, scope = before.subject, before.scope
        subj_text, at.prefix = at.prefix + subj_text, ""
        if at.baseline:
            subj_text, at.baseline = at.baseline, ""
        named = (NAMED_AFTER_YI if seg.rstrip().endswith(("以", "的")) else NAMED_AFTER).match(after)
        if named and self.region_of(subj_text, scope).text:
            named = None  # 工业增加值5%的增速: the value has its subject before it
        if named:  # 以5615.34亿元的GDP…: the place before it, the indicator after it
            noun, topic = named.group("noun"), self.ctx.topic
            if topic and noun in ("总量", "总值") and topic.text.endswith(noun):  # 以4520.3亿元总量领跑
                noun = topic.text
            subj_text += noun
        counted = unit_measure(v.unit) is not None and not named
        noun = self.noun_after(after_piece) if counted else ""
        if (
            counted
            and following is not None
            and "、" not in after
            and not after.lstrip().startswith(("(", "（"))  # 4.85亿元(新开工项目17个…): an aside follows
            and not GROWTH_GOES_ON.match(after)  # 214.95亿元同比增长5.0%: its own rate follows
            and (not noun or unit_measure(following.unit) != "count")
        ):  # 5项关键指标均为100%, 5批次19组…: a count qualifying what follows
            self.ctx.used[key] = "quantifier"
            at.prefix = "" if TRAILING_VERB.search(subj_text) else subj_text
            at.prev_end = ve
            return
        bare = not subj_text or bool(TRAILING_VERB.search(subj_text))
        whole = WHOLE_BEFORE.fullmatch(subj_text) if unit_measure(v.unit) == "count" else None
        part = re.fullmatch(r"[\u4e00-\u9fff]+", after_piece.strip(" ,，。；;")) if whole else None
        if whole and part:  # 36个行业大类中有29个实现同比增长: the part of the whole that did
            subj_text = f"{part.group()}的{whole.group('whole')}"
            at.prev_end = ve + len(after_piece)
        elif noun and (bare or (unit_measure(v.unit) == "count" and not COMPLETE_END.search(subj_text))):
            subj_text = ("" if bare else subj_text) + noun
            at.prev_end = ve + len(after_piece)
        else:
            at.prev_end = ve + (named.end() if named else 0)
        evidence = (self.offset + base + at.piece, self.offset + base + at.prev_end)
        gap = before.gap or re.match(r"的?(?:差距|差额)", after) is not None  # 拉出113亿元的差距
        verbs = signed_after(after, 0, before.verbs)  # 实现2.5%的正增长
        self.value_with_subject(v, before._replace(subject=subj_text, gap=gap, verbs=verbs), evidence)

    def words_before(self, seg: str, after: str, listed_before: bool) -> _Before:
        """What the words before a value say: the item of a list that is its own
        (绿色工厂14个、智能工厂70个), or the list's shared subject (A、B均)."""
        mark = _last_list_mark(seg)
        listed = [seg[:mark], seg[mark + 1 :]] if mark >= 0 else [seg]
        shared = len(listed) == 2 and re.search(r"(?:均|都)", seg[-6:]) is not None
        if not shared and listed_before:  # 绿色工厂14个、智能工厂70个: the words after the 、
            seg = listed[-1]
        seg = METHOD.sub("", seg)  # 剔除疫情等不可比因素: no list ends at its 等
        if "等" in seg:
            seg = seg.rsplit("等", 1)[1]
        seg = re.sub(rf"以(?=(?:同比)?(?:{RATE_WORDS})\s*$)", "", seg)  # 洋浦以增速14.2%位列第一: 洋浦增速
        if best := SUPERLATIVE.match(seg.strip(" ,，")):  # 增速最为缓慢的是五指山市3.0%: 五指山市增速
            seg = best.group("place") + best.group("what")
        subj_text, scope, verbs = self.clean(seg)
        if seg.rstrip().endswith("以"):  # 湖北省以18.7%的同比增速居首; 唐山以4837亿元居首
            subj_text, scope, _ = self.clean(seg.rstrip()[:-1])
            verbs = "增长" if RATE_AFTER.match(after) else ""
        return _Before(subj_text, scope, verbs, shared, GAP.search(seg) is not None)

    def value_with_subject(self, v: Value, said: _Before, evidence: tuple[int, int]) -> None:
        """Measure the value and emit it for each of its subjects, or record why it is none."""
        key = self.offset + v.num_start
        subj_text, scope, verbs = said.subject, said.scope, said.verbs
        # 名义增长率…，达到了7.8%: a value without a subject is measured as the one it inherits
        # (绵阳达到8.9%: the place alone, so as the subject before it)
        own = self.region_of(subj_text, scope).text if subj_text and not self.places_alone(subj_text) else ""
        last = self.subjects[-1] if self.subjects else self.ctx.topic  # 经济增速方面，滁州以5.5%领跑
        measure = measure_of(v, verbs, own or (last.text if last else ""))
        if measure is None:
            if v.unit == "成":  # 增幅同比回落四成: a rate's change in tenths
                self.ctx.used[key] = "fraction"
            return
        increment = INCREMENT.search(verbs) if re.search(COMPARE, verbs) else None
        if subj_text and measure in ("count", "level") and increment:  # 贷款余额较年初新增320亿元
            subj_text += increment.group()
        if v.unit == "成" and measure == "share_pct":  # 增长面超六成 (增长三成 is a rate)
            self.ctx.used[key] = "fraction"
        elif (subj_text and self.of_grouping(subj_text)) or self.grouped(v):
            self.ctx.used[key] = "grouping"  # 渝西八区经济名义增长6.84%: a group of places, none of them
            # an amount or a rate of the group, not 东部地区省份6个 nor 渝西八区经济总量占重庆总量的25.39%
            group = GROUPING.match(subj_text) if subj_text and measure in ("level", "growth_pct") else None
            if group and subj_text[group.end() :] and "占" not in subj_text:
                # 西部地区房地产开发投资…。…宁夏、广西分别增长: the indicator goes on, of the places after
                self.ctx.topic = Subject(subj_text[group.end() :], None, "grouping")
        elif measure == "count" and (POLICY_COUNT.search(subj_text) or v.unit in ("位", "名")):
            # 14位书记轮番上台, 160名代表与会: persons at an event (no indicator is counted in 位 or 名)
            self.ctx.used[key] = "quantifier"
        elif said.gap:  # 相差8.4亿元, 拉出113亿元的差距: a gap
            self.ctx.used[key] = "gap"
        elif not (subjects := self.subjects_for(subj_text, scope, measure, said.shared, verbs)):
            self.ctx.used[key] = "unexplained"
        else:
            derived = bool(increment) or (not subj_text and measure in ("count", "level"))  # 增加608.66亿元
            for subject in subjects:
                sign = sign_of(verbs, measure, subject.text)
                self.emit(subject, v, measure, sign, evidence, remember=not derived)

    @staticmethod
    def noun_after(after: str) -> str:
        """The noun a count counts when it follows the count (5条特色街区)."""
        after = after.strip(" 、,，。;；!?！？")
        if not after or NOUN_AFTER_STOP.match(after) or not re.match(r"[\u4e00-\u9fff“「『\"A-Za-z]", after):
            return ""
        return re.sub(r"^的", "", after)
