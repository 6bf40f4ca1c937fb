"""Tables a page set one cell per line (市县 / 绝对数 / (亿元) / … / 海口市 / 797.49 / 8.1 / 三亚市
/ 304.09 / 7.0 / …): their lines are cells, each whole, never the cut ends of a paragraph."""

from __future__ import annotations

import re
from collections import Counter

CELL_MAX = 30  # characters a cell holds at most
NUMBER_CELL = re.compile(r"[-+−]?\d[\d.,]*%?\s*[|｜]?")
NOT_A_CELL = re.compile(r"[。；;！!？?]|[，,].*[，,]")  # a sentence, or a clause list
MIN_ROWS = 3  # rows of label and numbers, as many numbers each, a run must show


def _is_cell(text: str) -> bool:
    return len(text) <= CELL_MAX and not NOT_A_CELL.search(text)


def cell_lines(texts: dict[int, str]) -> set[int]:
    """The blocks (by index, in page order) that are cells of a table set one cell per line: a
    run of short lines holding at least ``MIN_ROWS`` rows of a label and the same number of
    numbers after it."""
    order = sorted(texts)
    found: set[int] = set()
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and _is_cell(texts[order[j]].strip()):
            j += 1
        run = order[i:j]
        if _rows_of_one_width(["n" if NUMBER_CELL.fullmatch(texts[b].strip()) else "t" for b in run]):
            found.update(run)
        i = j + 1
    return found


def _rows_of_one_width(kinds: list[str]) -> bool:
    """Whether ``kinds`` (t: a label, n: a number) hold ``MIN_ROWS`` labels followed by the same
    count of numbers."""
    widths = Counter()
    for n, kind in enumerate(kinds):
        if kind == "t" and n + 1 < len(kinds) and kinds[n + 1] == "n":
            m = n + 1
            while m < len(kinds) and kinds[m] == "n":
                m += 1
            widths[m - n - 1] += 1
    return bool(widths) and widths.most_common(1)[0][1] >= MIN_ROWS
