"""Same-length normalisation for parsing: half-width digits and ASCII, simplified script.

The length is preserved character for character, so an offset found in the
normalised text is an offset into the original, which is what evidence quotes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = 0x20  # ideographic space
_FULL_WIDTH.update(
    {ord("—"): ord("—"), ord("％"): ord("%"), ord("．"): ord("."), ord("℅"): ord("%")}
)  # ℅ for %
_FULL_WIDTH.update({ord("陜"): ord("陕")})  # a variant glyph OpenCC leaves as it is
_FULL_WIDTH.update({ord("―"): ord("—"), ord("–"): ord("—")})  # 1―6月, 1–6月: the dash of a range
# Kangxi radicals and CJK radical forms that text copied out of PDFs carries for ordinary
# characters (⼀ ⾼ ⼯ ⼈ for 一 高 工 人): each is its character under NFKC, one for one.
_FULL_WIDTH.update(
    {
        cp: ord(folded)
        for cp in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]
        if len(folded := unicodedata.normalize("NFKC", chr(cp))) == 1 and folded != chr(cp)
    }
)
_TABLE = str.maketrans(_FULL_WIDTH)


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to simplified, guaranteed to keep the length (per character where a
    phrase conversion would change it)."""
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _t2s().convert
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)


def is_traditional(text: str, sample: int = 4000) -> bool:
    """Whether the text is written in traditional script (enough characters change)."""
    head = text[:sample]
    changed = sum(a != b for a, b in zip(head, to_simplified(head), strict=True))
    return changed > max(3, len(head) // 200)


# 提出意见.全口径财政收入: an ASCII full stop after a Chinese word, before another or at the
# end of its line, ends a sentence
HAN_STOP = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff]|[ \t]*(?:\n|$))")
# 42370。4亿元, 增长9。5%: a page that set every decimal point as a full stop, seen where the
# digits after it carry a magnitude or a per cent (a sentence does not open with 4亿元 or 5%),
# in either script (38。02億元)
STOP_AS_POINT = re.compile(r"(?<=\d)。(?=\d{1,4}(?:万亿|萬億|亿|億|万|萬|千)(?:元|美元)?|\d{1,3}%)")


# 二〇一九年, 二零一二年, 二00七年: a year written digit by digit in Chinese numerals, read as the
# same four digits (the length stays)
CN_YEAR = re.compile(r"(?:一九|二[〇零○0O])[〇零○0O一二三四五六七八九]{2}(?=年)")
_YEAR_DIGITS = str.maketrans("〇零○0O一二三四五六七八九", "00000123456789")
# 第三季 (Hong Kong and Macao usage): the quarter, as 三季度 (the same length)
QUARTER_WITHOUT_DU = re.compile(r"第([一二三四])季(?![度节])")


CIRCLE_ZERO = re.compile(r"(?<=[一二三四五六七八九十百千万亿])○(?=[一二三四五六七八九])")


def normalize(text: str) -> str:
    """Half-width ASCII and digits, simplified script, a full stop between Chinese words as
    one (。) and one between digits before a magnitude as a decimal point, a year in Chinese
    numerals in digits, 第三季 as 三季度, ○ in a Chinese numeral as 〇; same length as ``text``."""
    text = STOP_AS_POINT.sub(".", HAN_STOP.sub("。", text.translate(_TABLE)))
    text = CN_YEAR.sub(lambda m: m.group().translate(_YEAR_DIGITS), text)
    text = QUARTER_WITHOUT_DU.sub(r"\1季度", text)
    text = CIRCLE_ZERO.sub("〇", text)  # 九百○四亿元: a circle for the zero of a Chinese numeral
    return to_simplified(text)
