"""Layout repair: putting back paragraphs that a multi-column page cut and displaced.

A block that ends without sentence-final punctuation was cut at a column foot; its
continuation is a block that starts mid-sentence, next to it or pages later (even
before its speaker's heading). Every (cut end, candidate start) pair is scored from
evidence in the text itself: a dictionary word across the join (推+进, 高+速), the
enumeration going on in order (a tail after 二、 leads to 三、), a continuation that
starts with a digit or a list mark, the section's place named in the tail, and the
two blocks standing next to each other. A cut end is joined to the next block unless
the other pairs, aligned in the order of the sections, then find more evidence; a join
with weak evidence is still made but flagged for review, and text already in order
passes through unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dagster_project.textcore import words
from dagster_project.textcore.models import Block, DecodedText, LayoutDecision

TERMINAL = set("。！？；…!?;")
CLOSERS = set("”’」』）)")
ENUM = re.compile(
    r"^\s*(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,2})[、.．](?!\d))"
)
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
CONTINUING_START = set("0123456789%、，,；：.）)")
WEAK = 2  # the least score of a join to the next block (standing next to it, nothing against)
FLAG_BELOW = 0.7


def split_blocks(decoded: DecodedText) -> list[Block]:
    """Non-empty lines of the text, with their offsets (the page's paragraphs and cut pieces)."""
    blocks = []
    for m in re.finditer(r"[^\n]+", decoded.text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = m.start() + lead
            blocks.append(
                Block(len(blocks), start, start + len(body), decoded.norm[start : start + len(body)])
            )
    return blocks


def is_complete(text: str) -> bool:
    """Whether a block ends a sentence (so it was not cut at a column foot)."""
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        if len(text) >= 2 and text[-2] in TERMINAL:
            return True
        text = text[:-1]
    return bool(text) and text[-1] in TERMINAL


def enum_value(text: str) -> int | None:
    """The number of an enumerated paragraph (一、 / （二） / 3.), else None."""
    m = ENUM.match(text)
    if not m:
        return None
    if m.group(3):
        return int(m.group(3))
    word = m.group(1) or m.group(2)
    if len(word) == 1:
        return CN_DIGITS.get(word)
    if word.startswith("十"):
        return 10 + CN_DIGITS.get(word[1:], 0)
    return CN_DIGITS.get(word[0], 0) * 10 + (CN_DIGITS.get(word[2], 0) if len(word) == 3 else 0)


def word_across(left: str, right: str) -> str | None:
    """A dictionary word spanning the join of ``left`` and ``right`` (no HMM guesses)."""
    left, right = left[-4:], right[:4]
    if not left or not right:
        return None
    pos = 0
    for token in words.tokenizer().lcut(left + right, HMM=False):
        end = pos + len(token)
        if pos < len(left) < end and len(token) >= 2:
            if token.isascii() and left[-1].isdigit() != right[0].isdigit():
                return None  # a letter run into a digit run (GD|2.9%): no word
            return token
        pos = end
    return None


@dataclass
class Segment:
    """A speaker's heading and the body blocks that stand under it on the page."""

    heading: int | None
    region_names: tuple[str, ...] = ()
    blocks: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Join:
    """A cut end joined to the start of its continuation."""

    end: int
    start: int
    adjacent: bool
    decision: LayoutDecision


def _current_enum(seg: Segment, pos: int, texts: dict[int, str]) -> int | None:
    """The enumeration a block stands under, walking back through pieces of cut paragraphs."""
    for back in range(pos, -1, -1):
        i = seg.blocks[back]
        value = enum_value(texts[i])
        if value is not None:
            return value
        if back < pos and back > 0 and is_complete(texts[seg.blocks[back - 1]]) and back != pos:
            return None  # a paragraph that may itself be displaced text: stop here
    return None


def _next_enum(seg: Segment, pos: int, texts: dict[int, str]) -> int | None:
    """The first enumeration after a block, walking on through pieces of cut paragraphs."""
    for nxt in range(pos + 1, len(seg.blocks)):
        i = seg.blocks[nxt]
        value = enum_value(texts[i])
        if value is not None:
            return value
        if is_complete(texts[seg.blocks[nxt - 1]]):
            return None  # a new unnumbered paragraph: another run may start here
    return None


def _run(seg: Segment, pos: int, starts: set[int]) -> list[int]:
    """A block and the blocks after it up to the next possible start of displaced text."""
    run = [seg.blocks[pos]]
    for i in seg.blocks[pos + 1 :]:
        if i in starts:
            break
        run.append(i)
    return run


def repair(segments: list[Segment], texts: dict[int, str]) -> tuple[dict[int, int], list[Join]]:
    """Match cut ends to continuations; returns {end: start} and the joins made."""
    ends, starts = [], set()
    where: dict[int, tuple[Segment, int]] = {}
    for seg in segments:
        for pos, i in enumerate(seg.blocks):
            where[i] = (seg, pos)
            if not is_complete(texts[i]):
                ends.append(i)
            if pos > 0 and enum_value(texts[i]) is None:
                starts.add(i)
    scores: dict[tuple[int, int], tuple[int, bool, str]] = {}
    for e in ends:
        seg_e, pos_e = where[e]
        current = _current_enum(seg_e, pos_e, texts)
        for s in starts:
            if s == e:
                continue
            seg_s, pos_s = where[s]
            adjacent = seg_s is seg_e and pos_s == pos_e + 1
            run_text = "".join(texts[i] for i in _run(seg_s, pos_s, starts))
            first_enum = next(
                (v for i in _run(seg_s, pos_s, starts)[1:] if (v := enum_value(texts[i]))), None
            )
            score, evidence = 0, []
            if adjacent:
                score += 2
                evidence.append("next block on the page")
            word = word_across(texts[e], texts[s])
            if word:
                score += 3
                evidence.append(f"word across the join: {word}")
            if texts[s][0] in CONTINUING_START:
                score += 2
                evidence.append("continuation starts with a digit or list mark")
            if current is not None and first_enum is not None:
                if first_enum == current + 1:
                    score += 2
                    evidence.append(f"enumeration continues {current}→{first_enum}")
                else:
                    score -= 5
                    evidence.append(f"enumeration would go {current}→{first_enum}")
            if seg_e.region_names and any(n in run_text for n in seg_e.region_names):
                score += 1
                evidence.append("tail names the section's place")
            if score >= 0:
                scores[e, s] = (score, adjacent, "; ".join(evidence))
    # A cut end and the block right after it: the column simply goes on. Displaced text:
    # tails keep the order of the sections they belong to, so the other ends and starts are
    # aligned in page order. The block after a cut end may yet be another section's tail
    # (tails gathered after the last section follow its cut end), so a join to the next
    # block is dropped, weakest first, when the ends and starts then align with more evidence.
    kept = {e: s for (e, s), (score, adjacent, _) in scores.items() if adjacent and score >= WEAK}

    def solve(joined: dict[int, int]) -> tuple[float, list[tuple[int, int]]]:
        """The evidence of these joins plus that of the best alignment of the rest, and its pairs."""
        rest_e = [e for e in ends if e not in joined]
        rest_s = sorted(s for s in starts if s not in joined.values())
        value, pairs = _align(rest_e, rest_s, scores)
        return value + sum(1 + scores[e, s][0] for e, s in joined.items()), pairs

    best, moves = solve(kept)
    for e in sorted(kept, key=lambda e: scores[e, kept[e]][0]):
        trial = {k: v for k, v in kept.items() if k != e}
        value, trial_moves = solve(trial)
        if value > best:
            kept, best, moves = trial, value, trial_moves
    joins = [_join(e, s, scores[e, s][0], True, scores[e, s][2]) for e, s in kept.items()]
    for e, s in moves:
        score, _, evidence = scores[e, s]
        joins.append(_join(e, s, score, False, evidence or "order of the sections on the page"))
    return {j.end: j.start for j in joins}, joins


def _join(e: int, s: int, score: int, adjacent: bool, evidence: str) -> Join:
    confidence = round(min(0.99, 0.55 + 0.1 * score), 2)
    decision = LayoutDecision(
        "join" if adjacent else "move", e, s, evidence, confidence, confidence < FLAG_BELOW
    )
    return Join(e, s, adjacent, decision)


def _align(ends: list[int], starts: list[int], scores: dict) -> tuple[float, list[tuple[int, int]]]:
    """Order-preserving pairs of ends and starts with the most evidence (weighted alignment),
    and that evidence.

    A pair needs evidence (a candidate score) or, failing that, no contradiction; pairs
    with contradicting evidence (enumeration out of order) are never made.
    """
    n, m = len(ends), len(starts)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = [(best[i - 1][j], 1), (best[i][j - 1], 2)]
            pair = scores.get((ends[i - 1], starts[j - 1]))
            if pair is not None and not pair[1]:
                options.append((best[i - 1][j - 1] + 1 + pair[0], 3))
            best[i][j], step[i][j] = max(options)
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


def reading_order(segments: list[Segment], matched: dict[int, int]) -> list[list[list[int]]]:
    """Per segment, its paragraphs in reading order; a paragraph is a list of block indices."""
    moved = {s for e, s in matched.items()}
    run_of: dict[int, list[int]] = {}
    owner: dict[int, int] = {}
    for seg in segments:
        for pos, i in enumerate(seg.blocks):
            if i in moved and not (pos > 0 and matched.get(seg.blocks[pos - 1]) == i):
                run = [i]
                for j in seg.blocks[pos + 1 :]:
                    if j in moved and matched.get(run[-1]) != j:
                        break
                    run.append(j)
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
    return result
