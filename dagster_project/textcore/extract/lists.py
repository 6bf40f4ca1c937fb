"""Lists: A、B分别…x、y paired in order, with the items, places or periods they list."""

from __future__ import annotations

import re

from dagster_project.textcore.classifications import is_name, masked, unmasked
from dagster_project.textcore.extract.lexicon import (
    APPOSITIVE,
    BARE_HEADS,
    COMPARED_LIST,
    COMPLETE_END,
    GENERIC_NOUNS,
    GROWTH_SUBJECT,
    HEADS,
    LIST_INTRO,
    MOVE,
    NAMED_AFTER,
    RATE_ONLY,
    RATE_WORDS,
    SCALE_PREFIX,
    THREE_SECTORS,
    TREND,
    TWO_IN_ONE,
)
from dagster_project.textcore.extract.measures import head_of, measure_of, sign_of
from dagster_project.textcore.extract.pairs import PairsMixin
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.extract.wording import PULLED_BY_LAST, pulled_by
from dagster_project.textcore.numbers import Value, qualifier
from dagster_project.textcore.regions import RegionRef
from dagster_project.textcore.words import last_word_start

NUMERAL_ITEM = re.compile(r"[一二三四五六七八九十]")
ITEM_BEFORE = re.compile(r"[\u4e00-\u9fff、和及与]{2,14}(?<![等的])")  # 住宿和餐饮业: no number, no verb
# 低于1000亿元 after a list of places: the value is a bound on each place's, not its value
# 金水区、二七区GDP增速均超9%: the bound after what a list of places is said of
BOUND_TAIL = re.compile(r"(?:均|都|也)?(?:超过|超出|超|高于|低于|不足|不到|突破|达到|达|在|位于|为|是)?$")


RATE_NAMED_AFTER = re.compile(rf"\s*的?\s*(?:累计|同比|平均)?(?:{RATE_WORDS})")


QUOTED_NAME = re.compile(r"[“‘\"'][^”’\"']{1,8}[”’\"']")  # “十强”: a name in quotes


class ListsMixin(PairsMixin):
    """Lists: A、B分别…x、y paired in order."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]
    paired: list[RegionRef] | None  # the places the sentence's last 分别 list was of

    def respectively(
        self, base: int, clause: str, values: list[Value], before: str = "", previous: str = ""
    ) -> bool:
        """``A、B、C分别增长x%、y%、z%``: subjects and values paired in order; the list may
        stand in the clause ``before`` (A、B、C三个行业增加值增势较好，分别增长x%、y%、z%)."""
        m = clause.find("分别")
        tail = [v for v in values if v.start - base >= m + 2] if m >= 0 else []
        if m < 0:
            return (
                self.paired_with_before(base, clause, values)
                or self.paired_with_places(base, clause, values)
                or self.paired_items(base, clause, values)
            )
        if len(tail) < 2:
            return False
        lead = [v for v in values if v.start - base < m]  # 城乡居民收入达到X和Y、分别增长P和Q
        if lead and self.paired_twice(base, clause, lead, tail, m):
            return True
        if self.paired_periods(base, clause, m, tail):  # 4月、5月、6月…分别增长…
            return True
        compared = COMPARED_LIST.match(clause[m + 2 : tail[0].start - base])
        items = self.respective_items(base, clause, m, tail, before, previous)
        if items is None:
            return False
        verbs, bound = (compared.group() if compared else ""), qualifier(tail[0].bound_before)
        rate_after = RATE_NAMED_AFTER.match(self.text, tail[-1].end)  # 分别以7.4%、5.4%的累计涨幅
        # A、B、C三个省份增速都跌破7%，分别报6.8%…: the rate the clause before names
        rate_before = not clause[:m].strip(" ,，") and re.search(RATE_WORDS, before or previous or "")
        rate = "增长" if GROWTH_SUBJECT.search(clause[:m].strip(" ,，")) or rate_after or rate_before else ""
        prev = base + m + 2
        span = (self.offset + base, self.offset + base + len(clause))
        periods = self.ctx.item_periods(self.offset + base, clause[:m], len(tail), self.offset)
        for item, v, period in zip(items, tail, periods, strict=True):
            between = self.text[prev : v.num_start]
            if MOVE.search(between) or "为" in between or "达" in between:
                verbs = between
            prev = v.end
            if self.of_grouping(item.text) and not item.text.startswith("县域"):
                # 关中、陕北和陕南…分别为: groups of places, none of them (外资及县域投资: an indicator)
                self.ctx.used[self.offset + v.num_start] = "grouping"
                self.subjects.append(item)  # …，同比分别增长: the same groups
                continue
            if compared:  # one subject compared with several: each value's evidence ends at it
                span = (span[0], self.offset + v.end)
            measure = measure_of(v, rate + verbs, item.text)
            if measure:
                sign = sign_of(rate + verbs, measure)
                bound_said = v.qualifier or bound
                self.emit(item, v, measure, sign, span, bound_said, period=period, period_source="item")
        return True

    def respective_items(
        self, base: int, clause: str, m: int, tail: list[Value], before: str, previous: str
    ) -> list[Subject] | None:
        """The subjects of the values after 分别 (at ``m``): items the words before it list, places
        listed before, or the subjects just stated; None when there are none to pair."""
        head, scope, _ = self.clean(clause[:m])
        head = re.sub(r"^(?:实际|名义)$", "", head)  # …13751元，…4744元，实际分别增长…: the subjects before
        listed = self.places_listed(before or previous, len(tail)) if before or previous else None
        if listed is None and not clause[:m].strip(" ,，"):  # 嵊州市和新昌县…较低，…均不足千亿，分别只有…
            earlier = re.split(r"[,，]", self.text[:base])[-4:-1]
            listed = next((p for c in reversed(earlier) if (p := self.places_listed(c, len(tail)))), None)
        if listed is None and self.paired and len(self.paired) == len(tail):  # …分别以A和B的GDP…，增速分别为…
            listed = self.paired
        self.paired = listed or self.paired
        if head in BARE_HEADS and not listed and re.search(r"[、和及与]", before):  # A、B表现亮眼，产值分别…
            items_before = self.clean(TREND.sub("", before.strip()))[0]
            head = items_before + head if items_before else head
        listing = re.search(r"[、和及与]", before) and not re.search(r"\d\s*(?:%|％|亿|万|元)", before)
        if not head and not listed and listing:  # A、B表现亮眼，分别…; not a list of values before
            head, scope, _ = self.clean(TREND.sub("", before.strip()))
        between = clause[m + 2 : tail[0].start - base]
        compared = COMPARED_LIST.match(between)
        said = "" if compared or "占" in between else self.clean(between)[0]  # 分别实现地区生产总值…
        said = "" if re.fullmatch(r"以|为|是|达到?", said) else said  # 分别以3242.69亿元和…: no indicator
        if listed and not (head and self.ctx.places.leading_place(head)):
            # 分别是A区、B区和C区，累计金额分别为…; 黔南、铜仁位于…之间，分别为…: the places before
            if head in GENERIC_NOUNS or not head:
                last = (
                    self.inherit(head) if head else (self.subjects[-1] if self.subjects else self.ctx.topic)
                )
                named = NAMED_AFTER.match(self.text, tail[-1].end)  # 分别以201.24亿和195.84亿的GDP
                head = named.group("noun") if named else ""
                head = head or self.said_of_places(before or previous) or (last.text if last else "")
            head = self.with_stem(head)  # 吉林、黑龙江、天津位列最后三名，增速分别为…: GDP增速
            items = [Subject(head, place, "clause") for place in listed] if head else None
        elif head:
            items = self.listed_items(base, head, scope, len(tail), said)
        elif compared and self.subjects:  # …增长5.2%，分别高于全国、全市0.3个和0.5个百分点
            items = [self.subjects[-1]] * len(tail)
        elif len(self.subjects) >= len(tail):
            items = self.subjects[-len(tail) :]
            if pulled := PULLED_BY_LAST.fullmatch(between.strip(" ,，")):  # 分别拉动GDP增长1.2、1.3…个百分点
                items = [Subject(pulled_by(s.text, pulled.group("of")), s.region, s.source) for s in items]
        else:
            items = None
        return items

    def listed_items(
        self, base: int, head: str, scope: str | None, n: int, said: str = "", headless: bool = False
    ) -> list[Subject] | None:
        """The ``n`` items a list names: split at 、 (``split_items``), or, when 、 alone gives too
        few, set apart by commas before the clause (``comma_items``) before splitting at 和."""
        split = lambda: self.split_items(head, scope, n, said)  # noqa: E731
        comma = lambda: self.comma_items(base, head, scope, n, headless)  # noqa: E731
        return (split() or comma()) if len(masked(head).split("、")) >= n else (comma() or split())

    def comma_items(
        self, base: int, head: str, scope: str | None, n: int, headless: bool = False
    ) -> list[Subject] | None:
        """交通运输、仓储和邮政业,住宿和餐饮业,批发和零售业增加值分别增长…: items that hold 、
        themselves are set apart by commas, the clauses before the one with 分别; each takes
        the last item's head (增加值); ``headless``: items compared, whose wording adds the rate."""
        last = self.region_of(head, scope)
        # 采矿业,制造业,电力、热力…供应业分别…: whole names of a classification, no shared head
        word = head_of(last.text) or ("" if headless or is_name(last.text) else None)
        before = re.split(r"[。；;！？!?]", self.text[:base])[-1]
        items = [c.strip() for c in re.split(r"[,，]", before)][-n:-1] if n > 1 else []
        if word is None or len(items) != n - 1 or not all(ITEM_BEFORE.fullmatch(c) for c in items):
            return None
        names = [self.clean(c)[0] for c in items]
        kind = last.text[: len(last.text) - len(word)][-1:]  # 住宿和餐饮业, 批发和零售业: items of a kind
        if not kind or any(not name.endswith(kind) for name in names):
            return None
        return [Subject(name + word, last.region, last.source) for name in names] + [last]

    def said_of_places(self, clause: str) -> str:
        """The rate a clause says its places' values are (金水区、二七区、巩义市GDP增速均超9%
        → GDP增速), after the last place and before any number or bound; else ""."""
        found = self.ctx.gazetteer.find(clause, self.ctx.places.context())
        if not found:
            return ""
        intro = LIST_INTRO.search(clause, 0, found[0][0])
        if intro:  # 经济增速较低的有辽宁、…: the rate named before the list
            words = self.clean(re.split(r"较|最|排", clause[: intro.start()])[0])[0]
            if words and GROWTH_SUBJECT.search(words):
                return words
        rest = re.split(r"\d|出现|呈现|实现|保持", clause[found[-1][1] :], maxsplit=1)[0]
        words = self.clean(BOUND_TAIL.sub("", rest.strip()))[0]
        plain = words and not re.search(r"分别|比|较|与|同期|保持|实现", words)
        return words if plain and GROWTH_SUBJECT.search(words) else ""

    def split_items(self, head: str, scope: str | None, n: int, said: str = "") -> list[Subject] | None:
        """Subjects of a 分别 list: split at 、 (and 和/及 before the last), the last item's
        tail shared (集成电路、新型显示产值; 城镇、农村居民人均可支配收入), the first item's
        stem shared (国企营业收入、利润总额), leading places distributed (渝北、江北GDP).
        ``said`` is what 分别 is followed by before the values: the indicator of a list of
        places (香洲、金湾和斗门分别实现地区生产总值…), or what each item did (生猪、牛分别出栏…)."""
        head = APPOSITIVE.sub("", head)
        both = next((w for w in TWO_IN_ONE if w in head), None) if n == 2 else None
        if both and not re.search(r"[、和及与]", head):  # 城乡居民收入分别…, 存贷款余额分别…
            head = "、".join(head.replace(both, part, 1) for part in TWO_IN_ONE[both])
        if n == 3 and (sectors := THREE_SECTORS.match(head)):  # 三次产业分别…: 第一、第二、第三产业
            rest = head[sectors.end() :] or "增加值"
            head = "、".join(f"第{k}产业{rest}" for k in "一二三")
        head = masked(re.sub(r"(?:则|也|均|都)$", "", head))  # 烟台、济南则分别…; 批发和零售业 whole
        parts = [p for p in (p.strip(" ,，") for p in head.split("、")) if p]
        if len(parts) < n and (joined := re.fullmatch(r"(.+)[和及与](.+)", parts[-1])):
            # …、交通运输仓储和邮电及其他服务业: the last 及 joins the last two items; else each 和
            once = [*parts[:-1], joined.group(1), joined.group(2)]
            each = [p for p in re.split(r"[和及与]", parts[-1]) if p]
            parts = once if len(once) == n else parts[:-1] + each
        parts = [unmasked(p) for p in parts]
        if len(parts) < n:
            return None
        parts = parts[-n:]
        last = self.region_of(parts[-1], scope)
        context = self.ctx.places.context()
        described = parts[0].rsplit("的", 1)[-1]  # 增速较快的宁夏、广西分别…: the places so described
        if described != parts[0] and self.ctx.gazetteer.lookup(described, context):
            parts[0] = described
        places = [self.ctx.gazetteer.lookup(p, context) for p in parts[:-1]]
        if last.source == "clause" and all(places):  # 江苏、山东分别为…: places, and what they share
            shared = re.sub(r"^(?:同比|环比)|(?:同比|环比)$", "", last.text) or said
            topic = self.subjects[-1] if self.subjects else self.ctx.topic
            if not shared and topic is None:
                return None
            shared = shared or topic.text  # type: ignore[union-attr]
            shared = self.with_stem(shared)
            return [Subject(shared, p, "clause") for p in places] + [Subject(shared, last.region, "clause")]
        subjects = [self.region_of(p, scope) for p in parts[:-1]] + [last]
        widths = {len(s.text) for s in subjects[:-1]}  # 猪、牛、羊、禽肉产量: items as wide as 禽
        width = widths.pop() if len(widths) == 1 else 0
        texts = [
            # 二、三产业投资: a lone numeral takes the rest of the last item (二产业投资)
            s.text + last.text[1:]
            if NUMERAL_ITEM.fullmatch(s.text) and NUMERAL_ITEM.match(last.text)
            else self.shared_tail(s.text, last.text, width)
            for s in subjects[:-1]
        ] + [last.text]
        scale = SCALE_PREFIX.match(texts[0])
        if scale and texts[0] != subjects[0].text:  # 限上批发和零售业销售额: both ends shared
            texts = [texts[0]] + [t if SCALE_PREFIX.match(t) else scale.group() + t for t in texts[1:]]
        if scale and (stem := texts[0][: last_word_start(texts[0])]) and len(stem) > scale.end():
            # 规上工业用电、煤、天然气: short items of the same scope take its words (规上工业煤)
            texts = [texts[0]] + [stem + t if self.bare_item(t) else t for t in texts[1:]]
        first_head = head_of(texts[0]) if texts[0] not in HEADS else None  # 营业收入、利润总额: no stem
        if first_head:
            stem = texts[0][: -len(first_head)]
            texts = [texts[0]] + [stem + t if t in BARE_HEADS else t for t in texts[1:]]
        if said and not COMPLETE_END.search(texts[-1]):
            texts = [t + said for t in texts]  # 生猪、牛分别出栏…: 生猪出栏, 牛出栏
        return [Subject(t, s.region, s.source) for t, s in zip(texts, subjects, strict=True)]

    def with_stem(self, head: str) -> str:
        """A bare head (吉林、天津…，增速分别为…) with the stem of the indicator stated last (GDP增速)."""
        if head in BARE_HEADS or (RATE_ONLY.fullmatch(head) and len(head) <= 3):  # not 名义增长率
            inherited = self.inherit(head)
            return inherited.text if inherited else head
        return head

    def bare_item(self, item: str) -> bool:
        """A list item too short to stand alone as an indicator (煤, 热力; not 出口, 营收)."""
        return (
            len(item) <= 3
            and not SCALE_PREFIX.match(item)
            and item not in BARE_HEADS
            and not (self.ctx.dictionary.resolve(item))
        )

    def shared_tail(self, item: str, last: str, width: int = 0) -> str:
        """An item completed with the tail it shares with the last item of its list
        (高技术产业、战新产业占规上工业比重: the share of each); items all ``width`` wide share
        what the last has after as many characters (猪、牛、羊、禽肉产量: 猪肉产量)."""
        share = last.find("占")
        if share > 0 and "占" not in item:
            return item + last[share:]
        kind = last.find(item[-2:]) if len(item) >= 3 else -1  # 国有企业和股份制企业工业总产值
        if kind > 0 and kind + 2 < len(last) and not self.ctx.dictionary.resolve(item):
            return item + last[kind + 2 :]
        if COMPLETE_END.search(item) or self.ctx.dictionary.resolve(item):
            return item
        named = QUOTED_NAME.match(last)  # “十强”、“二十佳”企业纳税: each named group's 企业纳税
        if named and QUOTED_NAME.fullmatch(item) and named.end() < len(last):
            return item + last[named.end() :]
        if 0 < width <= 2 and len(last) > width + 1:
            return item + last[width:]
        for cut in range(1, len(last) - 1):
            if self.ctx.dictionary.resolve(item + last[cut:]):
                return item + last[cut:]
        head = head_of(last)
        return item + head if head else item
