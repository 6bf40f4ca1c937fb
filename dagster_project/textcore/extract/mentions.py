"""Every number of a section with the kind it was taken to be."""

from __future__ import annotations

import itertools

from dagster_project.textcore.extract.state import SectionState
from dagster_project.textcore.models import NumberMention
from dagster_project.textcore.number_kinds import number_kind
from dagster_project.textcore.numbers import ANY_NUMBER


def number_mentions(ctx: SectionState, starts: list[int]) -> list[NumberMention]:
    """Every number of the section with its kind and its sentence as written."""
    out = []
    bounds = [*starts, len(ctx.text)] if starts else [0, len(ctx.text)]
    for s_start, s_end in itertools.pairwise(bounds):
        # a number ends with its sentence: a table row's last cell and the next row's rank
        # (…9.4 / 2、岳阳市) are two numbers
        sentence = ctx.text[s_start:s_end]
        quoted = ""
        for m in ANY_NUMBER.finditer(sentence):
            kind = ctx.used.get(s_start + m.start()) or number_kind(sentence, m.start(), m.end())
            quoted = quoted or ctx.original(s_start, s_end).strip()
            start, end = s_start + m.start(), s_start + m.end()
            out.append(
                NumberMention(
                    ctx.section.section_no,
                    ctx.orig[start],
                    ctx.orig[end - 1] + 1,
                    ctx.original(start, end),
                    kind,
                    quoted,
                )
            )
    return out
