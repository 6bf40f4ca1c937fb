"""Every number of a section with the kind it was taken to be."""

from __future__ import annotations

from bisect import bisect_right

from dagster_project.textcore.extract.state import SectionState
from dagster_project.textcore.models import NumberMention
from dagster_project.textcore.numbers import ANY_NUMBER, number_kind


def number_mentions(ctx: SectionState, starts: list[int]) -> list[NumberMention]:
    """Every number of the section with its kind and its sentence as written."""
    out = []
    quoted: dict[int, str] = {}  # sentence index -> its original text
    for m in ANY_NUMBER.finditer(ctx.text):
        i = max(0, bisect_right(starts, m.start()) - 1)
        s_start = starts[i] if starts else 0
        s_end = starts[i + 1] if i + 1 < len(starts) else len(ctx.text)
        kind = ctx.used.get(m.start()) or number_kind(
            ctx.text[s_start:s_end], m.start() - s_start, m.end() - s_start
        )
        if i not in quoted:
            quoted[i] = ctx.original(s_start, s_end).strip()
        out.append(
            NumberMention(
                ctx.section.section_no,
                ctx.orig[m.start()],
                ctx.orig[m.end() - 1] + 1,
                ctx.original(m.start(), m.end()),
                kind,
                quoted[i],
            )
        )
    return out
