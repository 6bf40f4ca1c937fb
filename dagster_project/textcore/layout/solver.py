"""Which cut end each displaced start continues: every pair scored from its evidence, joins
to the next block kept unless the order of the sections aligns the rest with more evidence,
tails out of that order put back only on evidence of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dagster_project.textcore.layout.blocks import (
    enum_value,
    is_complete,
    is_numbered_heading,
    is_subheading,
    is_table_header,
    is_table_row,
    item_done,
)
from dagster_project.textcore.layout.evidence import (
    CONTINUING_START,
    PUNCTUATION,
    across_evidence,
    closed_first,
    open_marks,
)
from dagster_project.textcore.layout.segments import (
    Segment,
    current_enum,
    numbered_paragraphs,
    travelling_run,
)
from dagster_project.textcore.models import LayoutDecision

WEAK = 2  # the least score of a join to the next block (standing next to it, nothing against)

# 经济开局良好⏎2024年全年GDP…: a date opens a sentence after a line that ends without a pause
DATE_OPENING = re.compile(r"(?:19|20)\d{2}年(?!\d)")


CROSSING = 1.5  # what a join out of the order of the sections must outweigh


TELLING = 2  # the least evidence of its own a join out of that order is tried with


FLAG_BELOW = 0.7
WINDOW_BLOCKS = 120  # blocks repaired together: a page's worth, and then some
WHOLE_PAGE_ENDS = 60  # up to this many cut ends, the whole text is one window


@dataclass(frozen=True)
class Join:
    """A cut end joined to the start of its continuation."""

    end: int
    start: int
    adjacent: bool
    decision: LayoutDecision


@dataclass(frozen=True)
class Candidate:
    """The evidence that a start continues a cut end."""

    score: int  # all the evidence; below 0 the join is never made
    telling: int  # what tells this end from others (not the start's first mark, nor adjacency)
    adjacent: bool
    evidence: str


@dataclass
class _Page:
    """Blocks in their segments, and what each block shows at its edges."""

    texts: dict[int, str]
    where: dict[int, tuple[Segment, int]]
    ends: list[int]
    starts: set[int]

    def __post_init__(self) -> None:
        self.enum = {i: current_enum(*self.where[i], self.texts) for i in self.ends}
        self.opened = {i: open_marks(self.texts[i]) for i in self.ends}
        self.inside = {i: closed_first(self.texts[i]) for i in self.starts}
        page = "\n".join(self.texts[i] for i in sorted(self.where))
        self.phrases = frozenset(page[i : i + 4] for i in range(len(page) - 3))  # the page's 4-grams
        segments = {id(seg): seg for seg, _ in self.where.values()}
        self.numbered = {key: numbered_paragraphs(seg, self.texts) for key, seg in segments.items()}

    def candidate(self, e: int, s: int) -> Candidate:
        """The evidence that the start ``s`` continues the cut end ``e``."""
        left, right = self.texts[e], self.texts[s]
        seg_e, pos_e = self.where[e]
        seg_s, pos_s = self.where[s]
        adjacent = seg_s is seg_e and pos_s == pos_e + 1
        telling, evidence = across_evidence(left, right, self.phrases)
        if self.opened[e] & self.inside[s]:
            telling += 3
            evidence.append("a quotation goes on across the join")
        elif self.opened[e] or self.inside[s]:
            telling -= 2  # a quotation left open, or closed that was never opened
        current = self.enum[e]
        own = {} if seg_s is seg_e else self.numbered[id(seg_e)]
        run, agrees = travelling_run(seg_s, pos_s, current, own, self.texts, lambda _, i: i in self.starts)
        if agrees:
            telling += 2
            evidence.append(f"enumeration continues {current}→{current + 1}")
        if seg_e.region_names and any(n in self.texts[i] for i in run for n in seg_e.region_names):
            telling += 1
            evidence.append("tail names the section's place")
        if right[0] in PUNCTUATION and left[-1] in PUNCTUATION:
            telling -= 5  # a comma after a comma: never read on
        score = telling
        if adjacent:
            score += 2
            evidence.insert(0, "next block on the page")
        if right[0] in CONTINUING_START and not (left[-1] not in PUNCTUATION and DATE_OPENING.match(right)):
            score += 2
            evidence.insert(int(adjacent), "continuation starts with a digit or list mark")
        return Candidate(score, telling, adjacent, "; ".join(evidence))


def repair(
    segments: list[Segment], texts: dict[int, str], cells: set[int] | None = None
) -> tuple[dict[int, int], list[Join]]:
    """Match cut ends to continuations; returns {end: start} and the joins made. ``cells``
    are blocks that are cells of a table set one per line: whole, neither ends nor starts.

    A page holds a few dozen cut ends; a text with many more (a long text cut into many
    columns) is repaired in windows of about a page, so the cost grows with the text, not
    its cube: a tail is looked for within its window."""
    last = max(texts, default=None)
    matched: dict[int, int] = {}
    joins: list[Join] = []
    cut_ends = sum(1 for seg in segments for i in seg.blocks if not is_complete(texts[i]))
    windows = [segments] if cut_ends <= WHOLE_PAGE_ENDS else _windows(segments)
    for window in windows:
        window_matched, window_joins = _repair_window(window, texts, last, cells or set())
        matched |= window_matched
        joins += window_joins
    return matched, joins


def _windows(segments: list[Segment]) -> list[list[Segment]]:
    """Consecutive segments in windows of at most WINDOW_BLOCKS blocks; a longer segment
    is cut into pieces (copies holding part of its blocks) for the solver only."""
    windows: list[list[Segment]] = [[]]
    size = 0
    for seg in segments:
        chunks = range(0, max(len(seg.blocks), 1), WINDOW_BLOCKS)
        pieces = (
            [seg]
            if len(seg.blocks) <= WINDOW_BLOCKS
            else [replace(seg, blocks=seg.blocks[i : i + WINDOW_BLOCKS]) for i in chunks]
        )
        for piece in pieces:
            if windows[-1] and size + len(piece.blocks) > WINDOW_BLOCKS:
                windows.append([])
                size = 0
            windows[-1].append(piece)
            size += len(piece.blocks)
    return windows


def _repair_window(
    segments: list[Segment], texts: dict[int, str], last: int | None, cells: set[int]
) -> tuple[dict[int, int], list[Join]]:
    ends, starts = [], set()
    where: dict[int, tuple[Segment, int]] = {}
    for seg in segments:
        for pos, i in enumerate(seg.blocks):
            where[i] = (seg, pos)
            if is_table_row(texts[i]) or is_table_header(texts[i]) or i in cells:
                continue  # a table's row, header or cell ends where its line ends, and starts no cut text
            following = texts[seg.blocks[pos + 1]] if pos + 1 < len(seg.blocks) else ""
            if is_numbered_heading(texts[i]):
                continue  # 一、综合: a heading ends on its line, and the line under it opens its part
            if not is_complete(texts[i]) and not item_done(texts[i], following):
                ends.append(i)
            if (
                pos > 0
                and enum_value(texts[i]) is None
                and not is_numbered_heading(texts[seg.blocks[pos - 1]])
            ):
                starts.add(i)
    page = _Page(texts, where, ends, starts)
    found = {(e, s): page.candidate(e, s) for e in ends for s in starts if s != e}
    # The text's last block may be a text cut short rather than a column foot, and a short
    # line without a comma a subheading (2017年官渡区经济总量领先各区县): either is joined only on
    # evidence of its own (a word or a number going on across the join).
    alone = {e for e in ends if e == last or is_subheading(texts[e])}
    scores = {
        (e, s): c for (e, s), c in found.items() if c.score >= 0 and (e not in alone or c.telling >= TELLING)
    }
    kept, moves = _choose(ends, starts, scores)
    joins = [_join(e, s, scores[e, s]) for e, s in sorted(kept.items())]
    joins += [_join(e, s, scores[e, s]) for e, s in moves]
    return {j.end: j.start for j in joins}, joins


def _choose(
    ends: list[int], starts: set[int], scores: dict[tuple[int, int], Candidate]
) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """The joins made outside the page order ({end: start}) and those aligned in it.

    A cut end and the block right after it: the column simply goes on. Displaced text:
    tails keep the order of the sections they belong to, so the other ends and starts are
    aligned in page order. The block after a cut end may yet be another section's tail
    (tails gathered after the last section follow its cut end), so a join to the next
    block is dropped, weakest first, when the ends and starts then align with more
    evidence. A tail set in out of that order (among another section's paragraphs) is
    joined only on evidence of its own that outweighs breaking the order: such joins are
    tried, strongest first, and kept when the whole then holds more evidence.
    """

    def solve(joined: dict[int, int]) -> tuple[float, list[tuple[int, int]]]:
        """The evidence of these joins plus that of the best alignment of the rest, and its pairs."""
        used = set(joined.values())
        rest_e = [e for e in ends if e not in joined]
        rest_s = sorted(s for s in starts if s not in used)
        value, pairs = _align(rest_e, rest_s, gains)
        for e, s in joined.items():
            value += 1 + scores[e, s].score - (0 if scores[e, s].adjacent else CROSSING)
        return value, pairs

    gains: dict[int, dict[int, float]] = {}  # what pairing an end with a start out of order adds
    for (e, s), c in scores.items():
        if not c.adjacent:
            gains.setdefault(e, {})[s] = 1 + c.score
    kept = {e: s for (e, s), c in scores.items() if c.adjacent and c.score >= WEAK}
    best, moves = solve(kept)
    wanted = {s for targets in gains.values() for s in targets}
    for e in sorted(kept, key=lambda e: scores[e, kept[e]].score):
        if e not in gains and kept[e] not in wanted:
            continue  # neither could pair with anything else: dropping the join only loses it
        trial = {k: v for k, v in kept.items() if k != e}
        value, trial_moves = solve(trial)
        if value > best:
            kept, best, moves = trial, value, trial_moves
    own = [(c.telling, e, s) for (e, s), c in scores.items() if not c.adjacent and c.telling >= TELLING]
    for _, e, s in sorted(own, reverse=True):
        if (e, s) not in moves:
            trial = {k: v for k, v in kept.items() if k != e and v != s} | {e: s}
            value, trial_moves = solve(trial)
            if value > best:
                kept, best, moves = trial, value, trial_moves
    return kept, moves


def _join(e: int, s: int, candidate: Candidate) -> Join:
    confidence = round(min(0.99, 0.55 + 0.1 * candidate.score), 2)
    evidence = candidate.evidence or "order of the sections on the page"
    kind = "join" if candidate.adjacent else "move"
    decision = LayoutDecision(kind, e, s, evidence, confidence, confidence < FLAG_BELOW)
    return Join(e, s, candidate.adjacent, decision)


def _align(
    ends: list[int], starts: list[int], gains: dict[int, dict[int, float]]
) -> tuple[float, list[tuple[int, int]]]:
    """Order-preserving pairs of ends and starts with the most evidence (weighted alignment),
    and that evidence.

    A pair needs evidence (a candidate score) or, failing that, no contradiction; pairs
    whose texts cannot be read on (a comma after a comma) are never made. ``gains`` holds,
    for each end, what pairing it with each start out of page order adds.
    """
    n, m = len(ends), len(starts)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        above, row, steps, gain_of = best[i - 1], best[i], step[i], gains.get(ends[i - 1], {})
        for j in range(1, m + 1):  # the best of three moves; a tie goes to the later one
            value, move = above[j], 1
            if row[j - 1] >= value:
                value, move = row[j - 1], 2
            gain = gain_of.get(starts[j - 1])
            if gain is not None and above[j - 1] + gain >= value:
                value, move = above[j - 1] + gain, 3
            row[j], steps[j] = value, move
    pairs = []
    i, j = n, m
    while i and j:
        if step[i][j] == 3:
            pairs.append((ends[i - 1], starts[j - 1]))
            i, j = i - 1, j - 1
        elif step[i][j] == 1:
            i -= 1
        else:
            j -= 1
    return best[n][m], pairs[::-1]
