"""A value with no words of its own (同比增长8%, 累计达15.6万户, 1、迁安市，1160.3亿, a value
alone on its line under its label): the subject it is of."""

from __future__ import annotations

import re

from dagster_project.textcore.context.resolver import Placed
from dagster_project.textcore.extract.lexicon import AVERAGE, LISTED_PLACE, MOVE
from dagster_project.textcore.extract.state import SectionState, Subject


class WordlessMixin:
    """The subject of a value the words before it do not name."""

    ctx: SectionState
    text: str
    subjects: list[Subject]
    heading: str
    label: str  # the line a value alone on its own line is of (…上半年GDP总值⏎55.59亿元)
    sentence_place: Placed | None

    def without_words(self, scope: str | None, amount: bool, verbs: str, measure: str = "") -> list[Subject]:
        """The subject of a value with no words of its own (同比增长8%, 累计达15.6万户): the
        subject before it, with what its verbs say it is of that subject; a growth rate after
        a share (工业投资…，占固定资产投资总额的5.8%，同比下降41.6%) is the amount's."""
        last = self.subjects[-1] if self.subjects else self.topic_here(scope)
        if measure == "growth_pct" and last is not None and last.text.find("占") > 1:
            last = Subject(last.text[: last.text.find("占")], last.region, last.source)
        if amount and not verbs and (item := self.listed_item(last)):  # 1、迁安市，1160.3亿，增速6.7%
            return [item]
        if amount and not verbs and (named := self.ctx.dictionary.named_in(self.label)):
            place = self.sentence_place.region if self.sentence_place else None  # …GDP总值⏎55.59亿元
            return [Subject(named, place, "sentence" if place else "document")]
        if last is None:
            return []
        average = AVERAGE.search(verbs)
        if average and not amount:  # 两年平均增长1.7%: the average rate of the indicator before
            return [Subject(last.text + average.group(), last.region, last.source)]
        if not amount:
            return [last]
        change = MOVE.search(verbs)
        if change:
            return [Subject(last.text + change.group(), last.region, last.source)]
        if "累计" in verbs:  # 新增市场主体1.2万户，累计达15.6万户: the stock
            return [Subject(re.sub(r"^新增", "", last.text), last.region, last.source)]
        if verbs and re.fullmatch(r"(?:完成|实现|达到|达|为|了|高达|共计|累计)+", verbs):
            return [last]  # 其中8月当月完成21.5亿元
        if verbs and re.fullmatch(r"(?:仅|只|有|也|仍|约|为)+", verbs) and self.sentence_place:
            return [last]  # 红桥区位于全市最后，仅有209.0亿元; not 其面积并不大，仅61.1平方公里
        return []

    def listed_item(self, last: Subject | None) -> Subject | None:
        """A sentence that opens with a place alone (an item of a ranked list: 1、迁安市，1160.3亿)
        states that place's value of the indicator its heading or the text named last."""
        opening = LISTED_PLACE.match(self.text)
        place = (
            self.ctx.gazetteer.lookup(opening.group("name"), self.ctx.places.context()) if opening else None
        )
        named = self.ctx.dictionary.named_in(self.heading)
        indicator = named or (last.text if last else "")
        if not (place and indicator):
            return None
        if named:  # what the heading names, the later items are of too
            self.ctx.topic = Subject(named, place, "clause")
        return Subject(indicator, place, "clause")

    def topic_here(self, scope: str | None) -> Subject | None:
        """The indicator stated last in the section, for a value of a later sentence that names
        none (同比增长8%): its wording, with the place this sentence speaks of."""
        topic = self.ctx.topic
        if topic is None:
            return None
        here = self.region_of("", scope)  # type: ignore[attr-defined]
        return Subject(topic.text, here.region, here.source)
