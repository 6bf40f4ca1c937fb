"""Evidence that one block goes on from another, read from the characters around the join:
a dictionary word or a phrase the page uses elsewhere across it, a number or a quotation
going on, or text that cannot follow (a comma after a comma, % after a word)."""

from __future__ import annotations

import re
from collections.abc import Container

from dagster_project.textcore import words
from dagster_project.textcore.layout.blocks import TERMINAL
from dagster_project.textcore.numbers import UNIT

CONTINUING_START = set("0123456789%、，,；：.）)") | TERMINAL


PUNCTUATION = set("、，,；;：:") | TERMINAL


PAIRED = {"“": "”", "(": ")", "《": "》", "「": "」"}  # after normalisation: （ is (


NUMBER_GOES_ON = re.compile(rf"[\d.%‰]|[余多]?(?:{UNIT})|[年月日]")


HAN4 = re.compile(r"[\u4e00-\u9fff]{4}")


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


def recurs_across(left: str, right: str, text: str | Container[str]) -> str | None:
    """A four-character phrase across the join of ``left`` and ``right`` that ``text`` uses
    (a page repeats its terms: 低空|经济 where 低空经济 stands elsewhere), else None.
    ``text`` is the page, or the set of its four-character pieces."""
    for k in (1, 2, 3):
        phrase = left[-k:] + right[: 4 - k]
        if HAN4.fullmatch(phrase) and phrase in text:
            return phrase
    return None


def number_evidence(left: str, right: str) -> tuple[int, list[str]]:
    """A number cut at the join (增长7|.3%, 7.|3%, 110|个), or text that cannot follow."""
    if left[-1] == "." and left[-2:-1].isdigit():
        return (3, ["a number goes on across the join"]) if right[0].isdigit() else (-5, [])
    if left[-1].isdigit():
        return (3, ["a number goes on across the join"]) if NUMBER_GOES_ON.match(right) else (-2, [])
    if right[0] in "%‰.":
        return -5, []
    return 0, []


def across_evidence(left: str, right: str, text: str | Container[str]) -> tuple[int, list[str]]:
    """Evidence from the characters on both sides of a join: a dictionary word or a phrase
    of the page across it, a number that goes on (or text that cannot follow)."""
    score, evidence = 0, []
    if word := word_across(left, right):
        score += 3
        evidence.append(f"word across the join: {word}")
    elif phrase := recurs_across(left, right, text):
        score += 3
        evidence.append(f"phrase across the join used elsewhere: {phrase}")
    found, said = number_evidence(left, right)
    return score + found, evidence + said
