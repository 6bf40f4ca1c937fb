"""Segments (a heading and the blocks under it on the page) and the numbered paragraphs in
them, which tell how far displaced text runs."""

from __future__ import annotations

from collections.abc import Callable

from dagster_project.textcore.layout.blocks import enum_value, is_complete
from dagster_project.textcore.models import Segment


def current_enum(seg: Segment, pos: int, texts: dict[int, str]) -> int | None:
    """The enumeration a block stands under, walking back through pieces of cut paragraphs:
    0 in the section's opening paragraph (before 一、), None under an unnumbered paragraph."""
    for back in range(pos, -1, -1):
        value = enum_value(texts[seg.blocks[back]])
        if value is not None:
            return value
        if 0 < back < pos and is_complete(texts[seg.blocks[back - 1]]):
            return None  # a paragraph that may itself be displaced text: stop here
    return 0


def numbered_paragraphs(seg: Segment, texts: dict[int, str]) -> dict[int, set[int]]:
    """The numbered paragraphs of a segment: number -> the blocks that carry it."""
    found: dict[int, set[int]] = {}
    for i in seg.blocks:
        if (value := enum_value(texts[i])) is not None:
            found.setdefault(value, set()).add(i)
    return found


def travelling_run(
    seg: Segment,
    pos: int,
    current: int | None,
    own: dict[int, set[int]],
    texts: dict[int, str],
    stop: Callable[[int, int], bool],
) -> tuple[list[int], bool | None]:
    """A start of displaced text and the blocks that travel with it: on up to ``stop(previous,
    block)``, and through numbered paragraphs only while they go on from the cut end's
    enumeration ``current`` and the end's section (``own``: its numbered paragraphs, when it is
    another section) has no other paragraph of that number; else the numbered paragraph
    belongs where it stands and the tail moves alone. Returns the run and whether its
    numbering went on (True), stopped it (False) or neither (None)."""
    run = [seg.blocks[pos]]
    expected = None if current is None else current + 1
    agrees = None
    for i in seg.blocks[pos + 1 :]:
        if stop(run[-1], i):
            break
        value = enum_value(texts[i])
        if expected is not None and value is not None:
            if value != expected or own.get(value, {i}) != {i}:
                return run, agrees or False
            expected, agrees = value + 1, True
        run.append(i)
    return run, agrees
