"""Subjects: the words before a value cleaned, the place they name, what a bare head inherits."""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import (
    ATTACHED_RATE,
    ATTRIBUTES,
    BARE_HEADS,
    CLOSE_QUOTES,
    COMPLETE_END,
    GENERIC_NOUNS,
    GROWTH_SUBJECT,
    HEADS,
    INNER_VERB,
    LEAD_VERBS,
    NOMINAL,
    OPEN_QUOTES,
    PERIOD_WORDS,
    PLACE_COUNT,
    PROGRESS,
    PROGRESS_OF,
    RATE_ONLY,
    RATE_WORDS,
    SCOPE_WORDS,
    SHARE_SUBJECT,
    TWO_IN_ONE,
    VERB_TAIL,
)
from dagster_project.textcore.extract.measures import head_of
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.extract.wording import (
    PULLED,
    PULLED_BY_LAST,
    pulled_by,
    sibling_of,
    strip_noise,
)
from dagster_project.textcore.regions import RegionRef

# 投资, 消费, 出口: words that alone name a headline indicator, not a part of a value added
HEADLINE_HEADS = frozenset("投资 消费 出口 进口".split())
HEADLINE = re.compile(r"GDP|生产总值|经济增速")  # GDP增长7.8%；投资增长11.2%


# 开发区完成投资: a stem saying who did what (a zone, a verb), naming no indicator of its own
STEM_NO_INDICATOR = re.compile(r"(?:完成|实现|开发区|园区|新区)$")
YEARLY_RATE = re.compile(r"(?:年均|平均)(?:增速|增幅|增长率|增长)")
HELD_EQUAL = re.compile(r"(?<=[速度幅率])(?:与|和|同)[^，,。；;]{1,8}?(?:基本)?持平$")
COMPARED_ONLY = re.compile(
    r"^(?:与|和|同|较|比)?(?:上年|去年|上月|上季度)(?:同期)?(?:相比)?(?:基本|大体|总体)?$"
)
TRAILING_PERIOD = re.compile(r"(?<=[速度幅率值额量])(?:第?[一二三四]季度|上半年|下半年|前三季度|全年)$")
PRODUCED = re.compile(r"(?:累计)?生产(?!总值|性|经营|资料|要素|能力|力)([\u4e00-\u9fff]{1,6})")
# 居民消费价格上涨0.3%，其中城市上涨0.3%: the same indicator of a part of the population
AREA_PARTS = frozenset("城市 农村 城镇 乡村".split())
AREA_LEAD = re.compile(rf"^(?:全体|{'|'.join(AREA_PARTS)})")


NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[【\[［]\d{1,2}[】\]］]$")


class SubjectsMixin:
    """Subjects: the words before a value cleaned, the place they name, what a bare head inherits."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]
    continues: bool

    def clean(self, text: str) -> tuple[str, str | None, str]:
        """(subject, scope, verbs) of the words before a value."""
        # typeset text spaces Latin letters and digits off (常熟 GDP 达到): a subject has no space
        text = re.sub(r"\s+", "", strip_noise(text, self.ctx.wrapped)).strip("、,，。;").lstrip(")）")
        if (pulled := PULLED.fullmatch(text)) and (by := self.clean(pulled.group("by")))[0]:
            return pulled_by(by[0], pulled.group("of")), by[1], "增长"  # 第二产业拉动全县GDP增长1.94个百分点
        if (
            pulled := PULLED_BY_LAST.fullmatch(text)
        ) and self.subjects:  # …增长9.8%，拉动规上工业增长8.3个百分点
            return pulled_by(self.subjects[-1].text, pulled.group("of")), None, "增长"
        if not re.match(r"[和与同].{0,12}(?:相比|相较)", text):  # 与上年同期相比增加了: a comparison
            text = text.rstrip("和及与")
            text = text if self.ctx.places.leading_place(text) else text.lstrip("和及与")
        text = NOTE_MARK.sub("", text)  # 地区生产总值【1】2242104万元: a note's mark, no headline
        # 【…各市GDP排名一览】江西省GDP: a headline set before it; 香港文汇报广州传真■广东…: a credit
        text = text[max(text.rfind(mark) for mark in "】■◆●▲★") + 1 :]
        for left, right in zip(OPEN_QUOTES, CLOSE_QUOTES, strict=True):
            if text.count(left) < text.count(right):  # a quote closed but opened before the clause
                text = text[text.rfind(right) + 1 :]
        bracketed = ""
        if text.count("(") > text.count(")"):
            inside = text[text.rfind("(") + 1 :]
            before = re.split(r"[、,，]", text[: text.rfind("(")])[-1]
            found = self.ctx.gazetteer.find(before, self.ctx.places.context(), loose=True)
            ends_in_place = any(end == len(before) for _, end, _ in found)
            if not inside and before and not ends_in_place:  # 慈溪(2639亿): a place's (``brackets``)
                # 地区生产总值(7.5%)、规上工业增加值(12.7%): the rate of the words before the bracket
                inside, bracketed = before, "" if SHARE_SUBJECT.search(before) else "增长"
            text = inside
        tail = VERB_TAIL.search(text)
        verbs = tail.group() if tail else ""
        text = text[: len(text) - len(verbs)] if verbs else text
        verbs = verbs or bracketed
        scope = None
        text = PLACE_COUNT.sub("", text)  # 有3省区上半年GDP增速: what they were counted by
        for _ in range(4):
            before = text
            text = PERIOD_WORDS.sub("", text)
            m = SCOPE_WORDS.match(text)
            if m:
                scope = m.group()
                text = text[m.end() :]
            text = LEAD_VERBS.sub("", text, count=1)
            if text == before:
                break
        text = TRAILING_PERIOD.sub("", text) or text  # 生产总值的增长速度一季度为10.7%，上半年为11%
        text = HELD_EQUAL.sub("", text) or text  # 北京GDP增速与全国持平为6.7%: its own rate
        text = COMPARED_ONLY.sub("", text)  # 夏粮种植面积67.63万亩，与上年基本持平: no words of its own
        if "实现" in text:  # 规上工业企业实现利润总额
            text = INNER_VERB.sub("", text)
        text = text.removesuffix("的").removesuffix("之").strip(" 、,，等。;").rstrip("和及与")
        text = text if self.ctx.places.leading_place(text) else text.lstrip("和及与")  # 和平区GDP
        place = self.ctx.places.leading_place(text)
        at = place[0] if place else 0
        if (made := PRODUCED.fullmatch(text, at)) and not any(h in made.group(1) for h in HEADS):
            text = text[:at] + made.group(1) + "产量"  # (山西省)生产原煤44933万吨: the output of coal
        return text, scope, verbs

    def region_of(self, subject: str, scope: str | None) -> Subject:
        """The subject and where its value belongs (``context.resolver``); a subject that
        was a place alone (山西同比增长10.5%) comes back empty, to take the indicator stated last."""
        paragraph = self.ctx.paragraph_place(self.offset)
        text, placed = self.ctx.places.resolve(subject, scope, self.sentence_place, paragraph)
        if placed.source == "clause":  # 山西2017年上半年全省地区生产总值: what follows the place
            for _ in range(3):  # 常德市完成GDP: what the place did is no part of it either
                text = SCOPE_WORDS.sub("", PERIOD_WORDS.sub("", text))
                text = LEAD_VERBS.sub("", text, count=1) or text
        return Subject(text, placed.region, placed.source or "document")

    def leading_place(self, text: str) -> tuple[int, RegionRef] | None:
        """(end, place) of a place the text starts with and does not end at (渝中区GDP)."""
        found = self.ctx.places.leading_place(text)
        return found if found and found[0] < len(text) else None

    def inherit(self, subject: str) -> Subject | None:
        """A bare head takes the stem of the subject before it: 软信产业投资…、营收 →
        软信产业营收; GDP…，增速 → GDP增速 (a place said alone, 云南省表现亮眼, names none)."""
        last = next((s for s in reversed(self.subjects) if s.text), self.ctx.topic)
        if last is None:
            return None
        if subject == "人均" and not last.text.startswith("人均"):  # 生产总值142.5亿元，人均3.84万元
            return Subject(subject + last.text, last.region, last.source)
        if subject in AREA_PARTS and "居民" in last.text:  # 城市 → 城市居民消费价格
            return Subject(subject + AREA_LEAD.sub("", last.text), last.region, last.source)
        head = head_of(last.text)
        if subject in HEADLINE_HEADS and (head == "增加值" or HEADLINE.search(last.text)):
            return Subject(subject, last.region, last.source)  # 工业增加值…，投资增长21.3%: its own
        for compound, parts in TWO_IN_ONE.items():  # 外贸进出口…。其中，出口…；进口…: 外贸出口, 外贸进口
            if subject in parts and last.text.endswith(compound):
                return Subject(last.text[: -len(compound)] + subject, last.region, last.source)
        if sibling_of(subject, last.text):  # 实际利用外资14.5亿美元、内资188亿元: 实际利用内资
            return Subject(last.text[:-2] + subject, last.region, last.source)
        if subject in GENERIC_NOUNS:  # GDP…，金额 → GDP金额
            return Subject(
                last.text
                if last.text.endswith((subject, subject[:-1]))
                else last.text + subject,  # 投资…投资额
                last.region,
                last.source,
            )
        if GROWTH_SUBJECT.search(subject) and last.text == subject:  # 增速最高的是西藏，增速为10.8%
            return last
        if GROWTH_SUBJECT.search(subject) and head != subject:  # GDP增量…，实际增速: GDP's rate
            stem = re.sub(rf"(?<=.)(?:增量|增加额|{RATE_WORDS})$", "", last.text)  # GDP增速…，涨幅: GDP涨幅
            return Subject(stem + subject, last.region, last.source)
        if subject == head:  # 开发区完成投资…；阳城县完成投资…: the indicator, not what did it
            plain = not STEM_NO_INDICATOR.search(last.text[: -len(head)])
            return last if plain else self.stated_with_head(head, last)
        if subject == "经济":  # 规上工业增加值…。2023年经济增长3.3%: the economy, no sector's
            return Subject(subject, last.region, last.source)
        if head:
            stem = last.text[: -len(head)]
            if sibling_of(subject, stem):  # 外贸出口额…，进口80亿元: 外贸进口额
                return Subject(stem[:-2] + subject + head, last.region, last.source)
            if subject in stem or all(ch in stem for ch in subject):  # 进出口总额…，其中进口: 进口
                return Subject(subject, last.region, last.source)
            return Subject(stem + subject, last.region, last.source)
        if subject in BARE_HEADS and not any(h in last.text for h in HEADS):  # 蔬菜增势平稳，产量…
            return Subject(last.text + subject, last.region, last.source)
        return None

    def stated_with_head(self, head: str, last: Subject) -> Subject:
        """The indicator ending in ``head`` the section stated last, in ``last``'s place."""
        facts = reversed(self.ctx.facts)
        told = next((f for f in facts if f.indicator_code and f.indicator_text.endswith(head)), None)
        return Subject(told.indicator_text, last.region, last.source) if told else last

    def subjects_for(
        self, text: str, scope: str | None, measure: str, shared: bool, verbs: str
    ) -> list[Subject]:
        """One subject, several (A和B, A、B均), or one taken from the clause before: a
        missing subject (同比增长8%), a bare head (营收), an increment (比年初增加420亿元)."""
        amount = measure in ("count", "level")
        if not text:
            return self.without_words(scope, amount, verbs, measure)  # type: ignore[attr-defined]
        if self.subjects and measure == "pp_change" and re.fullmatch(r"(?:高|低|快|慢)(?:出|了)?", text):
            last = self.subjects[-1]  # GDP增长7.8%，高0.8个点: its rate, higher by so many points
            rate = "" if GROWTH_SUBJECT.search(last.text) else "增速"
            return [Subject(last.text + rate + text, last.region, last.source)]
        if self.subjects and ATTACHED_RATE.fullmatch(text):  # …54.08亿元、完成率101.08%
            last = self.subjects[-1]
            return [Subject(last.text + text, last.region, last.source)]
        if self.subjects and (nominal := NOMINAL.fullmatch(text)):  # …85415元，比上年名义增长4.5%
            last = self.subjects[-1]
            stem = re.sub(r"(?:名义|实际)$", "", last.text)
            return [Subject(stem + nominal.group(1), last.region, last.source)]
        if self.subjects and PROGRESS.fullmatch(text):  # 新增就业1.2万人，完成全年目标任务的60%
            last = self.subjects[-1]
            return [Subject(last.text + PROGRESS_OF, last.region, last.source)]
        if self.subjects and (text.startswith("占") or text in ATTRIBUTES):  # …增长12.3%，占…的比重
            last = self.subjects[-1]
            if text == "总量":  # GDP增长6.8%，增速…，总量突破1300亿元: the level of the same indicator
                return [next((x for x in reversed(self.subjects) if not GROWTH_SUBJECT.search(x.text)), last)]
            stem = re.sub(r"^新增", "", last.text) if text in ATTRIBUTES else last.text  # 新增…3家，总数61家
            return [Subject(stem + text, last.region, last.source)]
        # …增加值增长18.8%，增加值占全市规上工业比重…; 建筑业增加值37.3亿元，增加值增速5.2%
        share = re.fullmatch(rf"(.{{1,4}}?)(占.+|{RATE_WORDS})", text)
        if self.subjects and share and share.group(1) in BARE_HEADS and (of := self.inherit(share.group(1))):
            return [Subject(of.text + share.group(2), of.region, of.source)]
        last = self.subjects[-1] if self.subjects else self.ctx.topic
        if last and (places := self.places_alone(text)):  # 贵州和西藏均增长9.0%
            return [Subject(last.text, place, "clause") for place in places]
        if (joined := self.joined_places_subjects(text, last)) is not None:  # 福建和湖北的GDP增速
            return joined
        subject = self.part_of_whole(self.sibling_in_scale(self.region_of(text, scope)))
        if not subject.text:  # 山西同比增长10.5%: the place alone, of the indicator stated last,
            # or of the one its sentence names (在…各州市GDP名单中，昆明以3506.78亿…)
            lead = re.split(r"\d+(?:\.\d+)?\s*(?:%|‰|亿|万|千|百|元)", self.text, maxsplit=1)[0]
            named = self.ctx.dictionary.named_in(lead + self.heading)
            if self.subjects and (not named or self.ctx.dictionary.resolve(self.subjects[-1].text)):
                named = None  # the subject stated last, unless it names no indicator (…的地区共有2个)
            if named and last and named in last.text:  # 在GDP增速方面，云南以9.2%领跑: the topic's words
                named = last.text
            text = named or (last.text if last else "")
            return [Subject(text, subject.region, subject.source)] if text else []
        bare = re.sub(r"^(?:同比|环比|(?:累计)?(?:完成|实现))", "", subject.text)  # 阳城县完成投资: 投资
        sibling = last is not None and sibling_of(bare, last.text)
        sibling = sibling or bare in AREA_PARTS or YEARLY_RATE.fullmatch(bare) is not None  # 年均增速达8.8%
        sibling = sibling or bare == "人均"  # 生产总值142.5亿元，人均3.84万元: per head of it
        if bare in BARE_HEADS or RATE_ONLY.fullmatch(bare) or (len(bare) <= 2 and not amount) or sibling:
            inherited = self.inherit(bare)
            if inherited and subject.source in ("clause", "sentence"):  # 宜宾增速: 宜宾's GDP growth
                return [Subject(inherited.text, subject.region, subject.source)]
            if inherited:
                return [inherited]
        if not measure.startswith("growth") and not shared:
            return [subject]
        parts = re.split(r"、", subject.text) if shared else re.split(r"和(?=[^和]{2,}$)", subject.text)
        if len(parts) < 2 or not COMPLETE_END.search(parts[0]):
            return [subject]
        out = [parts[0]]
        head = head_of(parts[0])
        for part in parts[1:]:
            complete = COMPLETE_END.search(part) and len(part) > 3
            whole = part in TWO_IN_ONE.get(parts[0], ())  # 进出口、出口、进口: the parts of a whole
            stem = parts[0][: -len(head)] if head else parts[0][: max(0, len(parts[0]) - len(part))]
            out.append(part if complete or whole else stem + part)
        return [Subject(t, subject.region, subject.source) for t in out]
