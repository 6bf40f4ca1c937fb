"""Reading order: each segment's blocks, with the displaced runs that continue its cut ends
set in after them; a block no join reaches stays where it stands."""

from __future__ import annotations

from dagster_project.textcore.layout.segments import (
    Segment,
    current_enum,
    numbered_paragraphs,
    travelling_run,
)


def _visit(
    i: int, matched: dict[int, int], run_of: dict[int, list[int]], seen: set[int], order: list[int]
) -> None:
    """Append block ``i`` and, after a cut end, the displaced run that continues it."""
    if i in seen:
        return
    seen.add(i)
    order.append(i)
    nxt = matched.get(i)
    if nxt is not None and nxt in run_of and nxt not in seen:
        for j in run_of[nxt]:
            _visit(j, matched, run_of, seen, order)


def reading_order(
    segments: list[Segment], matched: dict[int, int], texts: dict[int, str]
) -> list[list[list[int]]]:
    """Per segment, its paragraphs in reading order; a paragraph is a list of block indices."""
    where = {i: (seg, pos) for seg in segments for pos, i in enumerate(seg.blocks)}
    end_of = {s: e for e, s in matched.items()}

    def stops(previous: int, block: int) -> bool:
        """Whether a run stops before ``block``: it starts displaced text of its own."""
        return block in end_of and matched.get(previous) != block

    run_of: dict[int, list[int]] = {}
    owner: dict[int, int] = {}
    for seg in segments:
        for pos, i in enumerate(seg.blocks):
            if i in end_of and not (pos > 0 and matched.get(seg.blocks[pos - 1]) == i):
                seg_e, pos_e = where[end_of[i]]
                own = {} if seg_e is seg else numbered_paragraphs(seg_e, texts)
                run, _ = travelling_run(seg, pos, current_enum(seg_e, pos_e, texts), own, texts, stops)
                run_of[i] = run
                for j in run:
                    owner[j] = i
    result = []
    for seg in segments:
        own = [i for i in seg.blocks if i not in owner]
        order: list[int] = []
        seen: set[int] = set()
        for i in own:
            _visit(i, matched, run_of, seen, order)
        paragraphs: list[list[int]] = []
        for i in order:
            if paragraphs and matched.get(paragraphs[-1][-1]) == i:
                paragraphs[-1].append(i)
            else:
                paragraphs.append([i])
        result.append(paragraphs)
    _restore_unplaced(segments, result)
    return result


def _restore_unplaced(segments: list[Segment], result: list[list[list[int]]]) -> None:
    """Put every block no chain of joins reached (a run that would continue itself) back
    where it stands on the page, as a paragraph of its own: repair never loses text."""
    placed = {i for paragraphs in result for para in paragraphs for i in para}
    for seg, paragraphs in zip(segments, result, strict=True):
        for i in seg.blocks:
            if i in placed:
                continue
            before = [n for n, para in enumerate(paragraphs) if min(para) < i]
            paragraphs.insert(before[-1] + 1 if before else 0, [i])
            placed.add(i)
