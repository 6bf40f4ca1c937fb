"""Layout repair: putting back paragraphs that a multi-column page cut and displaced.

A block that ends without sentence-final punctuation was cut at a column foot; its
continuation is a block that starts mid-sentence, next to it or pages later (even
before its speaker's heading, in among another section's paragraphs). Every (cut end,
candidate start) pair is scored from evidence in the text itself: a dictionary word
across the join (推+进, 高+速), a four-character phrase across it that the text uses
elsewhere, a number or a quotation that goes on across it (增长7|.3%, 推行“以投|带引”),
the enumeration going on in order (a tail after 二、 leads to 三、), the section's place
named in the tail, a start with a digit or a list mark, and the two blocks standing
next to each other. What cannot be read on (a comma after a comma, % after a word) rules
a pair out. A cut end is joined to the next block unless the other pairs, aligned in the
order of the sections, then find more evidence; a tail set in out of that order is put
back only on evidence of its own. Numbered paragraphs after a displaced tail travel with
it while they go on from its section's numbering; a join with weak evidence is still
made but flagged for review, and text already in order passes through unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dagster_project.textcore import words
from dagster_project.textcore.models import Block, DecodedText, LayoutDecision
from dagster_project.textcore.numbers import UNIT

TERMINAL = set("。！？；…!?;")
CLOSERS = set("”’」』）)")
ENUM = re.compile(
    r"^\s*(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,2})[、.．](?!\d))"
)
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
CONTINUING_START = set("0123456789%、，,；：.）)") | TERMINAL
PUNCTUATION = set("、，,；;：:") | TERMINAL
PAIRED = {"“": "”", "(": ")", "《": "》", "「": "」"}  # after normalisation: （ is (
NUMBER_GOES_ON = re.compile(rf"[\d.%‰]|[余多]?(?:{UNIT})|[年月日]")
WEAK = 2  # the least score of a join to the next block (standing next to it, nothing against)
CROSSING = 1.5  # what a join out of the order of the sections must outweigh
TELLING = 2  # the least evidence of its own a join out of that order is tried with
FLAG_BELOW = 0.7
HAN4 = re.compile(r"[\u4e00-\u9fff]{4}")


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
    tokenizer = words.tokenizer()
    letters = left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum()
    if not letters and not _may_span(tokenizer.FREQ, left, right):
        return None  # no dictionary word can span the join: spare the segmentation
    pos = 0
    for token in tokenizer.lcut(left + right, HMM=False):
        end = pos + len(token)
        if pos < len(left) < end and len(token) >= 2:
            if token.isascii() and (token.isdigit() or left[-1].isdigit() != right[0].isdigit()):
                return None  # digits (5.0|95%) or a letter run into digits (GD|2.9%): no word
            return token
        pos = end
    return None


def _may_span(freq: dict[str, int], left: str, right: str) -> bool:
    """Whether some dictionary word starts in ``left`` and ends in ``right`` (the dictionary
    holds every prefix of its words, with frequency 0)."""
    for a in range(len(left)):
        piece = left[a:]
        if piece not in freq:
            continue
        for ch in right:
            piece += ch
            found = freq.get(piece)
            if found is None:
                break
            if found:
                return True
    return False


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
    """The enumeration a block stands under, walking back through pieces of cut paragraphs:
    0 in the section's opening paragraph (before 一、), None under an unnumbered paragraph."""
    for back in range(pos, -1, -1):
        value = enum_value(texts[seg.blocks[back]])
        if value is not None:
            return value
        if 0 < back < pos and is_complete(texts[seg.blocks[back - 1]]):
            return None  # a paragraph that may itself be displaced text: stop here
    return 0


def _numbered(seg: Segment, texts: dict[int, str]) -> dict[int, set[int]]:
    """The numbered paragraphs of a segment: number -> the blocks that carry it."""
    found: dict[int, set[int]] = {}
    for i in seg.blocks:
        if (value := enum_value(texts[i])) is not None:
            found.setdefault(value, set()).add(i)
    return found


def _run(
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


def open_marks(text: str) -> set[str]:
    """Quotation marks and brackets that ``text`` opens and does not close."""
    depth = dict.fromkeys(PAIRED, 0)
    closing = {v: k for k, v in PAIRED.items()}
    for ch in text:
        if ch in depth:
            depth[ch] += 1
        elif ch in closing and depth[closing[ch]]:
            depth[closing[ch]] -= 1
    return {k for k, v in depth.items() if v}


def closed_first(text: str) -> set[str]:
    """Quotation marks and brackets that ``text`` closes before opening one: the text
    starts inside a quotation."""
    closing = {v: k for k, v in PAIRED.items()}
    seen: set[str] = set()
    found: set[str] = set()
    for ch in text:
        if ch in PAIRED:
            seen.add(ch)
        elif ch in closing and closing[ch] not in seen:
            found.add(closing[ch])
            seen.add(closing[ch])
    return found


def recurs_across(left: str, right: str, text: str) -> str | None:
    """A four-character phrase across the join of ``left`` and ``right`` that ``text`` uses
    (a page repeats its terms: 低空|经济 where 低空经济 stands elsewhere), else None."""
    for k in (1, 2, 3):
        phrase = left[-k:] + right[: 4 - k]
        if HAN4.fullmatch(phrase) and phrase in text:
            return phrase
    return None


def _number_evidence(left: str, right: str) -> tuple[int, list[str]]:
    """A number cut at the join (增长7|.3%, 7.|3%, 110|个), or text that cannot follow."""
    if left[-1] == "." and left[-2:-1].isdigit():
        return (3, ["a number goes on across the join"]) if right[0].isdigit() else (-5, [])
    if left[-1].isdigit():
        return (3, ["a number goes on across the join"]) if NUMBER_GOES_ON.match(right) else (-2, [])
    if right[0] in "%‰.":
        return -5, []
    return 0, []


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
        self.enum = {i: _current_enum(*self.where[i], self.texts) for i in self.ends}
        self.opened = {i: open_marks(self.texts[i]) for i in self.ends}
        self.inside = {i: closed_first(self.texts[i]) for i in self.starts}
        self.whole = "\n".join(self.texts[i] for i in sorted(self.texts))
        segments = {id(seg): seg for seg, _ in self.where.values()}
        self.numbered = {key: _numbered(seg, self.texts) for key, seg in segments.items()}

    def candidate(self, e: int, s: int) -> Candidate:
        """The evidence that the start ``s`` continues the cut end ``e``."""
        left, right = self.texts[e], self.texts[s]
        seg_e, pos_e = self.where[e]
        seg_s, pos_s = self.where[s]
        adjacent = seg_s is seg_e and pos_s == pos_e + 1
        telling, evidence = _across(left, right, self.whole)
        if self.opened[e] & self.inside[s]:
            telling += 3
            evidence.append("a quotation goes on across the join")
        elif self.opened[e] or self.inside[s]:
            telling -= 2  # a quotation left open, or closed that was never opened
        current = self.enum[e]
        own = {} if seg_s is seg_e else self.numbered[id(seg_e)]
        run, agrees = _run(seg_s, pos_s, current, own, self.texts, lambda _, i: i in self.starts)
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
        if right[0] in CONTINUING_START:
            score += 2
            evidence.insert(int(adjacent), "continuation starts with a digit or list mark")
        return Candidate(score, telling, adjacent, "; ".join(evidence))


def _across(left: str, right: str, text: str) -> tuple[int, list[str]]:
    """Evidence from the characters on both sides of a join: a dictionary word or a phrase
    of the page across it, a number that goes on (or text that cannot follow)."""
    score, evidence = 0, []
    if word := word_across(left, right):
        score += 3
        evidence.append(f"word across the join: {word}")
    elif phrase := recurs_across(left, right, text):
        score += 3
        evidence.append(f"phrase across the join used elsewhere: {phrase}")
    found, said = _number_evidence(left, right)
    return score + found, evidence + said


def repair(segments: list[Segment], texts: dict[int, str]) -> tuple[dict[int, int], list[Join]]:
    """Match cut ends to continuations; returns {end: start} and the joins made."""
    ends, starts = [], set()
    where: dict[int, tuple[Segment, int]] = {}
    last = max(texts, default=None)
    for seg in segments:
        for pos, i in enumerate(seg.blocks):
            where[i] = (seg, pos)
            if not is_complete(texts[i]):
                ends.append(i)
            if pos > 0 and enum_value(texts[i]) is None:
                starts.add(i)
    page = _Page(texts, where, ends, starts)
    found = {(e, s): page.candidate(e, s) for e in ends for s in starts if s != e}
    # The text's last block may be a text cut short rather than a column foot: it is joined
    # only on evidence of its own (a word or a number going on across the join).
    scores = {
        (e, s): c for (e, s), c in found.items() if c.score >= 0 and (e != last or c.telling >= TELLING)
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
        value, pairs = _align(rest_e, rest_s, scores)
        for e, s in joined.items():
            value += 1 + scores[e, s].score - (0 if scores[e, s].adjacent else CROSSING)
        return value, pairs

    kept = {e: s for (e, s), c in scores.items() if c.adjacent and c.score >= WEAK}
    best, moves = solve(kept)
    for e in sorted(kept, key=lambda e: scores[e, kept[e]].score):
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
    ends: list[int], starts: list[int], scores: dict[tuple[int, int], Candidate]
) -> tuple[float, list[tuple[int, int]]]:
    """Order-preserving pairs of ends and starts with the most evidence (weighted alignment),
    and that evidence.

    A pair needs evidence (a candidate score) or, failing that, no contradiction; pairs
    whose texts cannot be read on (a comma after a comma) are never made.
    """
    n, m = len(ends), len(starts)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = [(best[i - 1][j], 1), (best[i][j - 1], 2)]
            pair = scores.get((ends[i - 1], starts[j - 1]))
            if pair is not None and not pair.adjacent:
                options.append((best[i - 1][j - 1] + 1 + pair.score, 3))
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
                own = {} if seg_e is seg else _numbered(seg_e, texts)
                run, _ = _run(seg, pos, _current_enum(seg_e, pos_e, texts), own, texts, stops)
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
