"""Reporting-period expressions and their codes (CONTRACT.md).

上半年 → 2025-H1, 一季度 → 2025-Q1, 前三季度 → 2025-Q1Q3, 1-8月 → 2025-M01M08,
7月 → 2025-M07, 全年 → 2025. The year comes from the document (never from the clock).
"""

from __future__ import annotations

import re

CN = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}
_N = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])"
PERIOD = re.compile(
    rf"(?P<year>(?:\d{{4}}|今|去|上)年)?(?:"
    r"(?P<h1>上半年)|(?P<h2>下半年)|(?P<q3>前三季度|(?:1|一)\s*[-—~至到]\s*(?:3|三)季度)"
    rf"|(?:第?(?P<q>[一二三四1-4])季度)"
    rf"|(?P<m1>{_N})\s*[-—~至到]\s*(?P<m2>{_N})月(?:份)?"
    rf"|(?P<all>全年)"
    rf"|(?<![\d日])(?P<m>{_N})月(?:份)?(?!\d{{0,2}}日)"
    r")"
)


def _num(text: str) -> int:
    return int(text) if text.isdigit() else CN[text]


def period_end_month(code: str) -> int:
    """Last month a period code covers (for deciding the year of a period)."""
    if len(code) == 4:
        return 12
    tail = code[5:]
    if tail.startswith("H"):
        return 6 if tail == "H1" else 12
    if tail.startswith("Q"):
        return int(tail[-1]) * 3
    return int(tail[-2:])


def _code(m: re.Match, year: int | None, month: int = 12) -> str | None:
    explicit = m.group("year")
    if explicit and explicit[0].isdigit():
        year = int(explicit[:4])
    elif explicit in ("去年", "上年") and year is not None:
        year -= 1
    if year is None:
        return None
    code = _period(m, year)
    if code and not explicit and month <= 3 and period_end_month(code) > month:
        code = str(year - 1) + code[4:]  # 全年 in a text of January: the year just ended
    return code


def _period(m: re.Match, year: int) -> str | None:
    if m.group("h1"):
        return f"{year}-H1"
    if m.group("h2"):
        return None  # second half alone has no contract code; the year total comes separately
    if m.group("q3"):
        return f"{year}-Q1Q3"
    if m.group("q"):
        return f"{year}-Q{_num(m.group('q'))}"
    if m.group("m1"):
        a, b = _num(m.group("m1")), _num(m.group("m2"))
        return f"{year}-M{a:02d}M{b:02d}" if 1 <= a < b <= 12 else None
    if m.group("all"):
        return str(year)
    month = _num(m.group("m"))
    return f"{year}-M{month:02d}" if 1 <= month <= 12 else None


def find_periods(text: str, year: int | None, month: int = 12) -> list[tuple[int, int, str | None]]:
    """Spans of period expressions in normalised ``text`` with their codes.

    ``year`` and ``month`` are those of the text's date: 今年 is ``year``, 去年 the year
    before, and a period named without a year that ends after ``month`` of a text written
    in the first quarter (全年 in January) is the previous year's.
    """
    return [(m.start(), m.end(), _code(m, year, month)) for m in PERIOD.finditer(text) if m.group(0)]
