"""Words in running text: jieba with the project's place and indicator names as its user dictionary.

One tokenizer per process serves layout repair (a word across a column cut) and place
finding.  Its user dictionary is every name in the region and zone seeds and every indicator
wording in the indicator seeds, so 渝北, 万盛经开区 and 规上工业增加值 are one token each.

A short place name is also a run of characters inside other words: 江北 in 长江北岸, 三明 in
三明治, 大同 in 大同小异, 安康 in 平安康复.  ``is_word`` segments the words around a
candidate; it names a place only when no word straddles its start or its end.
"""

from __future__ import annotations

import csv
import logging
import re
from functools import cache, lru_cache

from dagster_project.textcore.indicators import SEEDS, IndicatorDictionary

WINDOW = 6  # characters of context on each side of a span that jieba segments
GENERIC_AFTER = re.compile(r"地区|全省|全市|全区|全县|经济")


def user_words() -> list[str]:
    """Place names (full and short, zone aliases) and indicator wordings from the seeds."""
    found: set[str] = set(IndicatorDictionary.default().aliases)
    with (SEEDS / "ref_regions.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            found.update((row["region_name"], row["short_name"]))
    with (SEEDS / "ref_economic_zones.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            found.update(a.strip() for a in row["aliases"].split("|"))
    return sorted(w for w in found if len(w) >= 2)


@cache
def tokenizer():
    """The process's jieba tokenizer with the user dictionary loaded (built on first use)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in user_words():
        tok.add_word(word)
    return tok


@lru_cache(maxsize=100_000)  # the same contexts recur across documents; bounded memory
def _cuts(window: str) -> frozenset[int]:
    """Offsets in ``window`` where jieba (no HMM guesses) puts a word boundary."""
    pos, found = 0, {0}
    for token in tokenizer().cut(window, HMM=False):
        pos += len(token)
        found.add(pos)
    return frozenset(found)


def last_word_start(text: str) -> int:
    """Where jieba (no HMM guesses) starts the last word of ``text`` (规上工业用电 → 4)."""
    return max((cut for cut in _cuts(text) if cut < len(text)), default=0)


def is_word(text: str, start: int, end: int) -> bool:
    """Whether no word of ``text``, as jieba segments it around the span, straddles
    ``text[start:end]``'s start or end (江北 in 江北、渝北: yes; in 长江北岸: no)."""
    left = max(0, start - WINDOW)
    cuts = _cuts(text[left : end + WINDOW])
    if start - left in cuts and GENERIC_AFTER.match(text, end):
        return True  # 广东地区, 湖北全省: a place with a generic word after it, one token to jieba
    return start - left in cuts and end - left in cuts
