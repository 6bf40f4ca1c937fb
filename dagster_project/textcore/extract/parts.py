"""Subjects that are parts of the one before: a kind of enterprise of the same scale
(规模以上中型企业), another account of the same firms (规模以上工业企业营业利润), a sector of
a sector's indicator (农林牧渔业增加值…其中，农业 → 农业增加值)."""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import SCALE_PREFIX
from dagster_project.textcore.extract.measures import head_of
from dagster_project.textcore.extract.state import SectionState, Subject

# 农业, 制造业, 金融业: a sector named alone; what a sector's indicator is measured by
SECTOR = re.compile(r"[\u4e00-\u9fff]{1,8}业")
SECTOR_HEADS = frozenset("增加值 产值 投资 营业收入 利润".split())
# what the accounts of a group of firms show: 营业收入…；实现营业利润2.0亿元 is of the same firms
FIRM_ACCOUNTS = re.compile(
    r"(?:主营业务|营业|销售)收入|营业利润|利润总额|利润|利税总额|利税|税金总额|产销率|亏损企业亏损额|资产总计|产值|增加值"
)


class PartsMixin:
    """Subjects that are parts of the one before."""

    ctx: SectionState
    subjects: list[Subject]
    continues: bool

    def sibling_in_scale(self, subject: Subject) -> Subject:
        """规模以上大型企业下降6.1%，中型企业下降2.9%: a kind of enterprise after one with a scale
        prefix is of the same scale (规模以上中型企业); an account named alone after one of such
        firms (营业收入…，营业利润…) is of the same firms."""
        last = self.subjects[-1] if self.subjects else None
        scale = SCALE_PREFIX.match(last.text) if last else None
        if (
            scale
            and subject.text.endswith("企业")
            and last.text.endswith("企业")
            and not SCALE_PREFIX.match(subject.text)
        ):
            return Subject(scale.group() + subject.text, subject.region, subject.source)
        last = last or (self.ctx.topic if self.continues else None)  # …；实现营业利润: across the ；
        scale = SCALE_PREFIX.match(last.text) if last else None
        account = FIRM_ACCOUNTS.search(last.text) if last and scale else None
        if last and account and account.start() > 0 and FIRM_ACCOUNTS.fullmatch(subject.text):
            # 规模以上工业企业实现营业收入…；实现营业利润2.0亿元: another account of the same firms
            firms = re.sub(r"(?:完成|实现)$", "", last.text[: account.start()])  # 规模以上工业完成增加值
            return Subject(firms + subject.text, subject.region, subject.source)
        return subject

    def part_of_whole(self, subject: Subject) -> Subject:
        """农林牧渔业增加值78.4亿元。其中，农业42.5亿元；林业…: a sector named alone after a
        sector's indicator in the same sentence (or the one its 其中 or ；goes on from) is of
        that indicator."""
        last = self.subjects[-1] if self.subjects else self.ctx.topic if self.continues else None
        head = head_of(last.text) if last else None
        if (
            last is None
            or head not in SECTOR_HEADS
            or not last.text[: -len(head)].endswith("业")
            or not SECTOR.fullmatch(subject.text)
            or self.ctx.dictionary.named_in(subject.text)
        ):
            return subject
        self.ctx.parts.add(subject.text + head)
        return Subject(subject.text + head, subject.region, subject.source)
