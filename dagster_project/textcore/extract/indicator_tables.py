"""Tables with a row per indicator, as statistics bureaus print their monthly reports.

``指标 单位 8月 1-8`` over ``数值 增长(% 数值 增长(%``, then rows such as
``二、社会消费品零售总额 亿元 480.40 4.6 3748.20 15.2``: each row names an indicator and its
unit, each numeric cell is that indicator's value or rate in the period its column is under.
A header of one line (``指标名称 单位 绝对数 比上年增长(%)``) is of the text's own period. A
cell written ``-`` or ``/`` holds no value; a line that does not fit the header ends the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.textcore.extract.measures import measure_of
from dagster_project.textcore.extract.sentence import SentenceReader
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.layout.blocks import AMOUNT_CELL, INDICATOR_COLUMN, RATE_CELL
from dagster_project.textcore.numbers import UNIT, Value, parse_number
from dagster_project.textcore.periods import find_periods

UNIT_COLUMN_NAME = "单位"
PERIOD_CELL = re.compile(r"^(?:(?:1|元)[-—~至](?:1[0-2]|[1-9])月?份?|(?:1[0-2]|[1-9])月份?|本月|当月|累计)$")
ROW_MARK = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|[#＃]|其中[:：]?)+")
BLANK = re.compile(r"^[-—/－]+$")
CELL = re.compile(r"^[-+−]?\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class IndicatorColumn:
    """A numeric column: the period it is under (None: the text's own) and whether it holds rates."""

    period: str | None
    rate: bool


def _period_code(label: str, ctx: SectionState) -> str | None:
    """The code of a period column (8月, 1-8, 1-8月); None for 本月/累计 or without a year."""
    label = label if label.endswith(("月", "份")) or not re.search(r"\d$", label) else label + "月"
    year = next((int(code[:4]) for _, _, code in ctx.periods if code), None)
    if year is None and ctx.period_default:
        year = int(ctx.period_default[:4])
    found = find_periods(label, year, 12) if year else []
    return found[0].code if found else None


def read_header(lines: list[str], ctx: SectionState) -> tuple[list[IndicatorColumn], bool, int] | None:
    """(columns, whether rows give a unit, lines the header takes) of a header opening ``lines``."""
    cells = lines[0].split()
    if len(cells) < 2 or not INDICATOR_COLUMN.match(cells[0]):
        return None
    has_unit = cells[1] == UNIT_COLUMN_NAME
    rest = cells[2:] if has_unit else cells[1:]
    if rest and all(PERIOD_CELL.match(c) for c in rest) and len(lines) > 1:
        kinds = lines[1].split()
        named = all(AMOUNT_CELL.match(k) or RATE_CELL.match(k) for k in kinds)
        if not kinds or len(kinds) % len(rest) or not named:
            return None
        per = len(kinds) // len(rest)
        columns = [
            IndicatorColumn(_period_code(rest[i // per], ctx), RATE_CELL.match(k) is not None)
            for i, k in enumerate(kinds)
        ]
        return columns, has_unit, 2
    if rest and all(AMOUNT_CELL.match(c) or RATE_CELL.match(c) for c in rest):
        return [IndicatorColumn(None, RATE_CELL.match(c) is not None) for c in rest], has_unit, 1
    return None


def read_indicator_tables(ctx: SectionState) -> None:
    """Facts of every row of the section's indicator tables."""
    lines, starts, at = [], [], 0
    for paragraph in ctx.section.paragraphs:
        lines.append(ctx.text[at : at + len(paragraph.text)])
        starts.append(at)
        at += len(paragraph.text)
    i = 0
    while i < len(lines):
        header = read_header([line.strip() for line in lines[i : i + 2]], ctx)
        if header is None:
            i += 1
            continue
        columns, has_unit, taken = header
        i += taken
        while i < len(lines) and read_row(ctx, starts[i], lines[i], columns, has_unit):
            i += 1


def read_row(ctx: SectionState, at: int, line: str, columns: list[IndicatorColumn], has_unit: bool) -> bool:
    """Emit a row's values (``at``: its offset in the section); False when it is no row."""
    indent = len(line) - len(line.lstrip())
    mark = ROW_MARK.match(line, indent)
    start = mark.end() if mark else indent
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", line[start:])]
    if len(tokens) != 1 + has_unit + len(columns):
        return False
    name, unit = tokens[0][1], tokens[1][1] if has_unit else "%"
    cells = tokens[1 + has_unit :]
    if re.search(r"\d", name) or not all(CELL.match(c) or BLANK.match(c) for _, c in cells):
        return False
    if has_unit and not (re.fullmatch(UNIT, unit) or unit in ("元", "%")):
        return False
    reader = SentenceReader(ctx, at, line)
    span = (at, at + len(line.rstrip()))
    for (offset, cell), column in zip(cells, columns, strict=True):
        if BLANK.match(cell):
            continue
        number = -parse_number(cell[1:]) if cell[0] in "-−" else parse_number(cell.lstrip("+"))
        pos = start + offset
        value = Value(pos, pos + len(cell), pos, number, "%" if column.rate else unit, None, None, False)
        measure = measure_of(value, "增长" if column.rate else "", name)
        if measure:
            subject = Subject(name, ctx.places.anchor, "section")
            reader.emit(subject, value, measure, 1, span, remember=False, period=column.period)
    return True
