"""Clauses without values that say what the values after them are of: a place they name or
describe (江津位于长江之滨, 去年经济总量突破3000亿元的宜宾), or the aspect they open with (从增速上看,
在GDP增速方面)."""

from __future__ import annotations

import re

from dagster_project.textcore.context.resolver import Placed
from dagster_project.textcore.extract.lexicon import (
    ASIDE,
    GROWTH_SUBJECT,
    HEADS,
    LISTED_BELOW,
    METHOD,
    RANKED_AS,
    RATE_ONLY,
    RATE_WORDS,
    SUPERLATIVE,
    TOPIC_OPENING,
    TREND,
    ZONE_NAME,
)
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.indicators import IndicatorDictionary

# 根据广州市地区生产总值统一核算结果, 据市统计局数据: the body whose figures or method these are
DATA_SOURCE = re.compile(r"^(?:根据|据|依据)|(?:核算|统计|测算|监测)(?:结果|数据)(?:显示|表明)?$")

# 服务业逐步恢复，增加值113.26亿元: a sector and what it did, the subject of the values after it
SECTOR_DID = re.compile(r"^(?P<sector>[\u4e00-\u9fff、和]{1,16}?业)(?P<did>[\u4e00-\u9fff]{2,8})$")


def listed(text: str) -> bool:
    """Whether ``text`` lists several things (汽车制造、航空航天); not one industry's name whose
    last part alone is an industry (计算机、通信和其他电子设备制造业, 化学原料和化学制品制造业)."""
    parts = re.split(r"[、和及与]", text)
    return len(parts) > 1 and not (parts[-1].endswith("业") and not any(p.endswith("业") for p in parts[:-1]))


class NotesMixin:
    """What a sentence's clauses without values set for the values after them."""

    ctx: SectionState
    subjects: list[Subject]
    sentence_place: Placed | None

    def note_place(self, clause: str) -> None:
        """A clause without values that names one place, as its subject or at its end
        (江津位于长江之滨 / 位于渝东南板块的酉阳县): the sentence's values after it are of it,
        and the indicator carried on from a value before is now this place's."""
        if DATA_SOURCE.search(clause.strip(" ,，")):  # 根据广州市地区生产总值统一核算结果: whose method
            return
        text = RANKED_OPENING.sub("", self.clean(clause)[0])  # 排名第三的烟台市的增速是…最快的
        gazetteer = self.ctx.gazetteer
        if ZONE_NAME.fullmatch(text) and gazetteer.lookup(text, self.ctx.places.context()) is None:
            self.sentence_place = Placed(None, "sentence")  # 成都高新区: a zone no division holds
            return
        found = gazetteer.find(text, self.ctx.places.context())
        # 梁平区则是重庆区县中唯一…: a place that holds the other one only sets the scope
        found = [f for f in found if not any(g[2] != f[2] and gazetteer.within(g[2], f[2]) for g in found)]
        if len(found) > 1 and found[0][0] == 0 and not re.match(r"[、和及与]", text[found[0][1] :]):
            found = found[:1]  # 嵊州市虽然总量在新昌县之上: the place the clause opens with is its subject
        if len(found) == 1 and (found[0][0] == 0 or found[0][1] == len(text)):
            self.sentence_place = Placed(found[0][2], "sentence")
            if self.subjects and self.subjects[-1].region != found[0][2]:
                self.subjects.append(Subject(self.subjects[-1].text, found[0][2], "sentence"))

    def subject_of_clause(self, clause: str) -> Subject | None:
        """The subject a clause without values names for the values after it: what it says
        moved (出口由负转正), ranks (城镇居民人均可支配收入排名全区第二), is counted by a method
        (…按可比价格计算) or a sector and what it did (服务业逐步恢复); not a list or a group."""
        said = ASIDE.sub("", clause)  # 再創(chuàng)新高: without the reading aid
        if (best := SUPERLATIVE.match(said)) is not None:
            return self.picked_out(best)
        ranked = RANKED_AS.search(said)  # 城镇居民人均可支配收入排名全区第二，…达到11193元
        # 增幅在豫北五市排第4位: the group it ranks in is no part of what ranks
        named = re.sub(r"在[^,，]{2,10}$", "", said[: ranked.start()]) if ranked else ""
        if ranked and (GROWTH_SUBJECT.search(named) or said.startswith("虽") or len(named) <= 3):
            ranked = None  # 虽然…增速排全区前列，但…; 总量居全市第7位: a rate or an aspect ranked
        sector = SECTOR_DID.match(self.clean(said)[0])
        if sector and (any(head in sector.group("did") for head in HEADS) or ZONE_NAME.match(said)):
            sector = None  # 工业增加值增长较快: the indicator itself is named; 苏州工业园区: a zone
        if TREND.search(said) or ranked or METHOD.search(said):  # 出口由负转正，增长2.1%
            text, scope, _ = self.clean(TREND.sub("", said[: ranked.start()] if ranked else said))
        elif sector:
            text, scope = sector.group("sector"), None
        else:
            return None
        if ZONE_NAME.fullmatch(text):
            return None  # 苏州工业园区紧跟其后: a zone, no division's subject
        grouping = self.of_grouping(text)  # 中西部地区, 沈阳市县域地区
        return self.region_of(text, scope) if text and not listed(text) and not grouping else None

    def picked_out(self, best: re.Match[str]) -> Subject | None:
        """The subject of the place a superlative picks out (各州市GDP增速最快的是曲靖，达到12%);
        a bare rate (增幅最低的是侯马市) is the rate of what went before."""
        place = self.ctx.gazetteer.lookup(best.group("place"), self.ctx.places.context())
        if place is None:
            return None
        what = self.region_of(*self.clean(best.group("what"))[:2]).text
        what = re.sub(r"^各(?:州市|市州|县市区|区县|县市|县区|省份|省|市|县|区|地)", "", what)
        last = self.subjects[-1] if self.subjects else self.ctx.topic
        if RATE_ONLY.fullmatch(what) and last is not None:
            what = last.text
        return Subject(what, place, "clause") if what else None

    def note_described_place(self, clause: str) -> None:
        """A clause that ends in the place it describes (去年经济总量突破3000亿元的宜宾，…增长6.7%):
        its values and the sentence's after it are of that place."""
        text = clause.rstrip(" ,，;；")
        found = self.ctx.gazetteer.find(text[-12:], self.ctx.places.context())
        if found and found[-1][1] == len(text[-12:]) and text[-12:][: found[-1][0]].endswith("的"):
            self.sentence_place = Placed(found[-1][2], "sentence")

    def note_rate_topic(self, clause: str) -> None:
        """从增速上看，绵阳达到8.9%: an opening naming a rate makes the values after it rates of
        the indicator stated last; 从GDP总量来看, 在GDP增速方面 (a canonical indicator) makes it
        the topic, as does a clause announcing a list of it (各区县GDP如下：)."""
        opening = TOPIC_OPENING.match(re.sub(r"^(?:而|但|再|另外|同时)", "", clause.strip()))
        opened = opening.group() if opening else ""
        opened = clause.strip() if opened == "看" else opened  # 看规上工业增加值，…: what it looks at
        named = re.sub(r"^[从在看]|(?:上)?(?:来)?看$|方面$", "", opened)
        known = self.ctx.dictionary.resolve(named) or (  # 从GDP规模来看 (a rate is read below)
            self.ctx.dictionary.named_in(named) and not re.search(RATE_WORDS, named)
        )
        if opening and not opening.group().startswith("分") and known:
            self.ctx.topic = self.region_of(named, None)  # 从GDP总量来看，…: what the values after are of
            return
        if listed := listed_topic(clause, self.ctx.dictionary):  # 各区县GDP如下：1. 龙泉驿区…
            self.ctx.topic = Subject(listed, None, "document")
            return
        last = self.subjects[-1] if self.subjects else self.ctx.topic
        if (
            ((opening and re.search(RATE_WORDS, opening.group())) or RATE_LIST_HEAD.search(clause))
            and last
            and not GROWTH_SUBJECT.search(last.text)
        ):
            stem = re.sub(r"(?:总量|总值|规模)$", "", last.text) or last.text
            self.subjects.append(Subject(stem + "增速", last.region, last.source))


# 排名第三的烟台市: a place described by its rank opens the clause
RANKED_OPENING = re.compile(
    r"^(?:排名|位居|位列|排|居)(?:第[一二三四五六七八九十\d]{1,3}|前[\d一二三四五六七八九十]{1,2})(?:位|名)?的"
)
# 其他省辖市增幅分别为：安阳-3.5%，鹤壁0.7%: a rate announcing the places' values after it
RATE_LIST_HEAD = re.compile(
    rf"(?:{RATE_WORDS})(?:(?:分别|依次)(?:为|是)?[:：]?|(?:为|是)[:：])\s*$|(?:分别|依次)(?:增长|提高)[:：]\s*$"
)


def listed_topic(text: str, dictionary: IndicatorDictionary) -> str | None:
    """The one indicator a sentence or clause announcing a list or table names (各区县GDP如下：
    → GDP): what the items after it are of."""
    return dictionary.named_in(text) if LISTED_BELOW.search(text) else None
