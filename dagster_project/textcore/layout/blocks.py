"""The page's blocks: its lines with their offsets, and how a block ends and opens.

A block is a non-empty line of the text. Inside a line, pieces that are no part of the text
read are set apart with their reason, so every character stays accounted for: a pinyin gloss
after a character (經(jīng)濟) in texts that gloss their characters. Whole lines of page
furniture (版次, 扫一扫, an address) are blocks of their own kind, kept out of the reading.
"""

from __future__ import annotations

import re

from dagster_project.textcore.models import Block, DecodedText

TERMINAL = set("。！？；…!?;")


CLOSERS = set("”’」』）)")


ENUM = re.compile(
    r"^\s*(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,2})[、.．](?!\d))"
)


CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


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
