"""The numeric columns a table set one cell per line names in its header cells: 总量 / (亿元)
over amounts in 亿元, 比上年同期增长(%) over rates, 1-7月累计 of January–July, and beside a
column of the month alone (比上年同月) one of the months so far (比上年同期)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dagster_project.textcore.layout.blocks import INDICATOR_COLUMN
from dagster_project.textcore.periods import find_periods

RATE_COLUMN = re.compile(r"增长|增速|同比|±|比(?:上|去)年")
RATE_MARK = re.compile(r"%|±")
AMOUNT_WORDS = re.compile(r"累计|数值|总量|绝对|本月|金额|完成")
LAST_YEAR = re.compile(r"去年|上年")
BRACKETED_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6})\s*[)）]")
MONTH_ALONE = re.compile(r"同月|当月|本月")
SO_FAR = re.compile(r"同期|累计")


@dataclass(frozen=True)
class CellColumn:
    """A numeric column: rates, shares (%) or amounts (in ``unit``, else the row's); last year's
    amounts are skipped."""

    rate: bool
    unit: str | None
    last_year: bool
    period: str | None = None
    label: str = ""  # as the header writes it: 比上年同期增长(%)

    @property
    def name(self) -> str:
        """The column's wording without its unit (比上年同期增长)."""
        return BRACKETED_UNIT.sub("", self.label)


def columns_of(header: list[str], k: int, has_unit: bool, year: int | None) -> list[CellColumn] | None:
    """The ``k`` numeric columns the last header cells name, one or two cells each (总量 / (亿元)),
    each naming a unit, a rate, or (rows giving their unit) an amount; None when they do not."""
    names = [c for c in header if not INDICATOR_COLUMN.match(c) and c != "单位"]
    for per in (1, 2):
        if len(names) < k * per:
            return None
        labels = ["".join(names[len(names) - (k - i) * per :][:per]) for i in range(k)]
        if all(
            BRACKETED_UNIT.search(x) or RATE_MARK.search(x) or (has_unit and AMOUNT_WORDS.search(x))
            for x in labels
        ):
            columns = [_column(label, year) for label in labels]
            named = next((c.period for c in columns if c.period), None)  # 1-7月累计 / 累计同比±%: one span
            return [c if c.period or c.last_year else replace(c, period=named) for c in columns]
    return None


def month_and_months(columns: list[CellColumn], period: str | None) -> list[CellColumn]:
    """Beside a column of the month alone (比上年同月, 当月), a column of the period so far
    (比上年同期, 累计) is from January to that month, and the other way round; the month is
    the one the text reports on (2017-M11 or 2017-M01M11)."""
    month = re.fullmatch(r"(\d{4})-M(?:01M)?(\d{2})", period or "")
    alone = [bool(MONTH_ALONE.search(c.label)) for c in columns]
    so_far = [bool(SO_FAR.search(c.label)) and not a for c, a in zip(columns, alone, strict=True)]
    if month is None or month.group(2) == "01" or not any(alone) or not any(so_far):
        return columns
    year, last = month.groups()
    spans = [
        f"{year}-M{last}" if a else f"{year}-M01M{last}" if f else None
        for a, f in zip(alone, so_far, strict=True)
    ]
    return [
        c if c.period or span is None else replace(c, period=span)
        for c, span in zip(columns, spans, strict=True)
    ]


def _column(label: str, year: int | None) -> CellColumn:
    """A column from its label: 增长(%) rates, 总量(亿元) amounts in 亿元, 1-7月累计 of January–July."""
    unit = BRACKETED_UNIT.search(label)
    rate = bool(RATE_COLUMN.search(label)) and not (unit and unit.group(1) != "%")
    percent = rate or RATE_MARK.search(label)  # 比重(%): shares
    found = [p for p in find_periods(label, year, 12) if p.code] if year else []
    return CellColumn(
        rate,
        "%" if percent else (unit.group(1) if unit else None),
        bool(LAST_YEAR.search(label)) and not rate,
        found[0].code if found else None,
        label,
    )
