"""Clauses without values that say what the values after them are of: a place they name or
describe (江津位于长江之滨, 去年经济总量突破3000亿元的宜宾), or the aspect they open with (从增速上看,
在GDP增速方面)."""

from __future__ import annotations

import re

from dagster_project.textcore.context.resolver import Placed
from dagster_project.textcore.extract.lexicon import (
    GROWTH_SUBJECT,
    LISTED_BELOW,
    RATE_WORDS,
    TOPIC_OPENING,
    ZONE_NAME,
)
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.indicators import IndicatorDictionary


class NotesMixin:
    """What a sentence's clauses without values set for the values after them."""

    ctx: SectionState
    subjects: list[Subject]
    sentence_place: Placed | None

    def note_place(self, clause: str) -> None:
        """A clause without values that names one place, as its subject or at its end
        (江津位于长江之滨 / 位于渝东南板块的酉阳县): the sentence's values after it are of it,
        and the indicator carried on from a value before is now this place's."""
        text = self.clean(clause)[0]
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
        named = re.sub(r"^[从在]|(?:上)?(?:来)?看$|方面$", "", opening.group()) if opening else ""
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
            opening
            and re.search(RATE_WORDS, opening.group())
            and last
            and not GROWTH_SUBJECT.search(last.text)
        ):
            stem = re.sub(r"(?:总量|总值|规模)$", "", last.text) or last.text
            self.subjects.append(Subject(stem + "增速", last.region, last.source))


def listed_topic(text: str, dictionary: IndicatorDictionary) -> str | None:
    """The one indicator a sentence or clause announcing a list or table names (各区县GDP如下：
    → GDP): what the items after it are of."""
    return dictionary.named_in(text) if LISTED_BELOW.search(text) else None
