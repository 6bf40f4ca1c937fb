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
  city), 全省 the province, a place at the start of the subject that place;
- digests: a value naming no indicator is of the one the title names (各区县GDP数据) until
  the text states another (a share never becomes that topic); a clause naming a new place
  (江津位于长江之滨) moves the indicator carried on to it; a 分别 list pairs with the places
  the clause before lists (分别是城阳区、崂山区和市北区，累计金额分别为…); an opening naming
  a rate (从增速上看) makes the values after it rates.

A goal (全年目标：…, 力争…) is no fact: its numbers are of kind 'target'.  A sub-period
(其中，8月当月…, 11月当月…。其中，…) holds for its sentence and the 其中 sentences going on with
it.  Other numbers that give no fact get a kind from ``number_kinds.number_kind`` (or
'unexplained'); which values are no facts of their own is decided in ``kinds``.
"""

from __future__ import annotations

import itertools
import re

from dagster_project.textcore.context.resolver import Placed
from dagster_project.textcore.extract.cell_tables import read_cell_tables
from dagster_project.textcore.extract.indicator_tables import read_indicator_tables
from dagster_project.textcore.extract.lexicon import COMPLETE_END, RATE_ONLY, SENTENCE
from dagster_project.textcore.extract.measures import plausible, shift_value
from dagster_project.textcore.extract.mentions import number_mentions
from dagster_project.textcore.extract.notes import listed_topic
from dagster_project.textcore.extract.sentence import SentenceReader
from dagster_project.textcore.extract.state import SectionState, Subject, section_state
from dagster_project.textcore.extract.tables import read_tables
from dagster_project.textcore.indicators import IndicatorDictionary
from dagster_project.textcore.layout.blocks import enum_value, is_complete, is_numbered_heading, is_table_row
from dagster_project.textcore.models import DecodedText, DocumentDates, Fact, NumberMention, Section
from dagster_project.textcore.normalize import to_simplified
from dagster_project.textcore.numbers import find_values
from dagster_project.textcore.regions import Gazetteer, RegionRef

HEADING_MAX = 30  # a paragraph this short without a comma is a heading
HEADLINE_MAX = 60  # a line this short without a sentence end, stating a value, is a headline


def extract(
    sections: list[Section],
    decoded: DecodedText,
    dates: DocumentDates,
    doc_region: RegionRef | None,
    gazetteer: Gazetteer,
    dictionary: IndicatorDictionary | None = None,
    doc_source: str | None = None,
    doc_topic: str | None = None,
) -> tuple[list[Fact], list[NumberMention]]:
    """Facts of every section and a kind for every number in them.

    Offsets and evidence refer to ``decoded.text``; a fact's period is the nearest period
    expression before it in its section (comparisons such as 比一季度 excluded), else the
    document's default period; periods without a year take theirs from the document's year.
    ``doc_topic``, the indicator the title names, is what a value that names none is of until
    the text states another.
    """
    dictionary = dictionary or IndicatorDictionary.default()
    facts: list[Fact] = []
    numbers: list[NumberMention] = []
    for section in sections:
        if not section.paragraphs:
            continue
        ctx = section_state(section, decoded, dates, doc_region, doc_source, gazetteer, dictionary)
        ctx.topic = Subject(doc_topic, None, "document") if doc_topic else None
        starts: list[int] = []
        carried: Subject | None = None
        values = find_values(ctx.text)
        i, before = 0, ""
        held: Placed | None = None  # the place the sentence before named, for one going on with it
        for start, end in sentence_spans(ctx.text, section):
            starts.append(start)
            while i < len(values) and values[i].start < start:
                i += 1
            j = i
            while j < len(values) and values[j].end <= end:
                j += 1
            if j > i:
                sentence = SentenceReader(ctx, start, ctx.text[start:end], carried, before, held)
                sentence.refer_back(before)
                sentence.run([shift_value(v, -start) for v in values[i:j]])
                carried = sentence.subjects[-1] if sentence.subjects else None
                named = sentence.sentence_place
                held = named if named is not None and named.source == "sentence" else None
            else:
                carried = None
                held = ctx.one_place(ctx.text[start:end])
                clause = ctx.text[start:end].strip().rstrip("。；;！!？?")
                said = SentenceReader(ctx, start, ctx.text[start:end]).subject_of_clause(clause)
                if said is not None and (COMPLETE_END.search(said.text) or dictionary.resolve(said.text)):
                    ctx.topic = said  # 民间投资由降转增。投资额651.46亿元: what the next sentence is of
                if held is not None:  # 武清区作为…桥头堡。2018年实现地区生产总值…: what it opens on
                    ctx.open_paragraph(start, held.region)
                if listed := listed_topic(ctx.text[start:end], dictionary):  # 各区县GDP如下：
                    ctx.topic = Subject(listed, None, "document")
            i, before = j, ctx.text[start:end]
        read_tables(ctx)
        read_indicator_tables(ctx)
        read_cell_tables(ctx)
        facts.extend(without_restatements(ctx))
        numbers.extend(number_mentions(ctx, starts))
    return facts, numbers


def without_restatements(ctx: SectionState) -> list[Fact]:
    """A value stated twice of the same canonical indicator, place, period and measure (a
    headline's GDP增长6.9% and the body's 地区生产总值…增长6.9%, a headline's 经济增速达16.6% and
    the body's 预计…生产总值…增长16.6%) is one fact: the statement with the longest evidence
    stays, the other's number is of kind 'repeat'. So is a value stated twice in the same
    words (城镇常住人口2352万人 in the text and in its table; 烟草制品业 and its 增加值), and a
    bare rate (增速6.2%!) that another statement gives its indicator."""
    groups: dict[tuple, list[Fact]] = {}
    for fact in ctx.facts:  # an indicator of no canonical name by its wording (城镇常住人口, 烟草制品业)
        indicator = fact.indicator_code or to_simplified(fact.indicator_text).removesuffix("增加值")
        key = (fact.region_code, fact.period_code, indicator, fact.measure, fact.value)
        groups.setdefault(key, []).append(fact)
    headlines = [  # lines stating a value without ending a sentence: a headline, not the report
        (a, b)
        for para in ctx.section.paragraphs
        if not is_complete(para.text.rstrip()) and len(para.text) <= HEADLINE_MAX
        for a, b in para.pieces
    ]

    def weight(fact: Fact) -> tuple[bool, int]:
        return any(a <= fact.value_start < b for a, b in headlines), -len(fact.evidence)

    repeats = {id(fact) for group in groups.values() for fact in sorted(group, key=weight)[1:]}
    stated = {
        (f.region_code, f.period_code, f.measure, f.value)
        for f in ctx.facts
        if not RATE_ONLY.fullmatch(f.indicator_text)
    }
    repeats |= {  # a headline's bare 增速6.2%! over the body's 地区生产总值…增长6.2%: its rate again
        id(f)
        for f in ctx.facts
        if RATE_ONLY.fullmatch(f.indicator_text)
        and (f.region_code, f.period_code, f.measure, f.value) in stated
    }
    if repeats:
        at = {original: offset for offset, original in enumerate(ctx.orig)}
        for fact in ctx.facts:
            if id(fact) in repeats and fact.value_start in at:
                ctx.used[at[fact.value_start]] = "repeat"
    return [fact for fact in ctx.facts if id(fact) not in repeats]


def sentence_spans(text: str, section: Section) -> list[tuple[int, int]]:
    """The sentences of a section's text (ended by 。；！？), also ended where a paragraph ends
    a thought: after a complete paragraph, a heading or a table row, or before a table row.
    A paragraph cut mid-sentence that layout repair did not join goes on into the next."""
    breaks, at = set(), 0
    for before, after in itertools.pairwise(section.paragraphs):
        at += len(before.text)
        whole = before.text.rstrip()
        short = len(whole) <= HEADING_MAX and not re.search(r"[,，、]", whole)
        heading = short or is_numbered_heading(whole)  # 一、综合
        listed = enum_value(after.text) is not None  # 1、迁安市，1160.3亿… / 2、丰润区…: one item each
        if is_complete(whole) or heading or listed or is_table_row(whole) or is_table_row(after.text):
            breaks.add(at)
    spans = []
    for sm in SENTENCE.finditer(text):
        start = sm.start()
        for cut in sorted(b for b in breaks if sm.start() < b < sm.end()):
            spans.append((start, cut))
            start = cut
        spans.append((start, sm.end()))
    return spans


__all__ = ["extract", "plausible", "sentence_spans"]
