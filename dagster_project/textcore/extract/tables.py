"""Tables flattened into lines whose header names each column and its unit.

``排名 地区 地区生产总值(亿元) 增速(%)`` over rows such as ``1、长沙市 9323. 7 9.4``: each row
is a place, each numeric cell a value of its column's indicator in the column's unit (the
rows write no unit). A rate column named only by its rate (增速) is the rate of the column
before it. A decimal the page broke in two (``9323. 7``) is one number. A line that does not
fit the header ends the table; its numbers are left to the rest of the extractor. A table by
year (``年份 | GDP(亿元) | …`` over ``2017年 | 20818.5 | …``) gives the text's own place in each
year; a whole table set on one line after its lead is read the same way, row by row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dagster_project.textcore.extract.lexicon import RATE_WORDS
from dagster_project.textcore.extract.measures import measure_of
from dagster_project.textcore.extract.sentence import SentenceReader
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.layout.blocks import UNIT_COLUMN
from dagster_project.textcore.numbers import Value, parse_number

PLACE_COLUMN = re.compile(
    r"^(?:年份[/／])?各?(?:地区|区域|城市|地市|地级市|市州|区县|县区|县市区|县市|名称"
    r"|市县|[县市区][(（][县市区、]{2,3}[)）])$"  # 县(市区)
)
UNIT_ONLY = re.compile(r"^(?:单位|数值|数据|总量|金额)$")  # 单位(亿元): the table's indicator, in 亿元
UNNAMED_ROW = re.compile(r"[\u4e00-\u9fff]{2,10}(?:区|县|市|旗|州|盟)")
PIPES = str.maketrans({"|": " ", "｜": " "})  # 1 |黄岛区 |2766 |: cells set apart by bars
YEAR_COLUMN = re.compile(r"^(?:年份|年度)$")  # 年份 | GDP(亿元) | …: a row per year, of the text's place
YEAR_ROW = re.compile(r"((?:19|20)\d{2})年?$")
RANK_COLUMN = re.compile(r"^\S{0,6}?(?:排名|排行|排序|序号|位次|名次)$")  # GDP排行 too
CELL = r"[-+−]?\d+(?:\.\s?\d+)?"  # 9323. 7: a decimal broken by a space
CELL_OR_BLANK = re.compile(rf"{CELL}|(?<!\S)/(?!\S)")  # / : a cell left empty
RANK_BEFORE = re.compile(r"^\d{1,3}[、.．]?\s*")


@dataclass(frozen=True)
class Column:
    """A numeric column: the indicator it holds, its unit and the year it is of, if it names one."""

    indicator: str
    unit: str
    year: str | None = None


# 2022年GDP: a column of one year's values, its unit the one the text stated the indicator in
YEAR_NAMED = re.compile(r"^(?P<year>(?:19|20)\d{2})年度?(?P<name>[^()（）\d]{2,12})$")


def read_header(
    line: str, topic: str | None = None, unit_of: Callable[[str], str | None] | None = None
) -> list[Column] | None:
    """The numeric columns of a header line that names a place column first (after a rank)
    and every other column with its unit (a column named only 单位 holds ``topic``, the
    indicator the line before the table names), or with its year and no unit (2022年GDP) when
    ``unit_of`` gives the unit the text stated that indicator in; None for any other line."""
    cells = [c for c in line.translate(PIPES).split() if not RANK_COLUMN.match(c)]
    if len(cells) < 2 or not (PLACE_COLUMN.match(cells[0]) or YEAR_COLUMN.match(cells[0])):
        return None
    columns: list[Column] = []
    for cell in cells[1:]:
        m = UNIT_COLUMN.match(cell)
        dated = YEAR_NAMED.match(cell) if m is None else None
        if dated and unit_of and (unit := unit_of(dated.group("name"))):
            columns.append(Column(dated.group("name"), unit, dated.group("year")))
            continue
        if m is None:
            return None
        name = re.sub(r"^\d{4}年度?", "", m.group("name"))  # 2018年GDP(亿元): the year, no indicator
        name = topic if UNIT_ONLY.match(name) and topic else name
        if re.fullmatch(RATE_WORDS, name) and columns:  # 增速(%) after 地区生产总值(亿元)
            name = columns[-1].indicator + name
        columns.append(Column(name, m.group("unit")))
    return columns


def read_tables(ctx: SectionState) -> None:
    """Facts of every row of the section's tables whose header names their columns."""
    columns: list[Column] | None = None
    at, topic, by_year = 0, None, False
    for paragraph in ctx.section.paragraphs:  # a row is a paragraph
        line = ctx.text[at : at + len(paragraph.text)]
        found = read_header(line.strip(), topic, stated_units(ctx))
        if found is None and columns is None and read_inline_table(ctx, at, line, topic):
            at += len(paragraph.text)
            continue
        if found is not None:
            columns, by_year = found, YEAR_COLUMN.match(line.translate(PIPES).split()[0]) is not None
        elif columns is not None and not read_row(ctx, at, line, columns, by_year):
            columns = None  # the table ended
        if found is None and columns is None:  # 按GDP规模: what a table after it holds
            topic = ctx.dictionary.named_in(line) or topic
        at += len(paragraph.text)


def stated_units(ctx: SectionState) -> Callable[[str], str | None]:
    """The unit the section has stated an indicator's amounts in so far, by its canonical
    indicator (地区生产总值29129.03亿元 before a column 2022年GDP: 亿元)."""
    units: dict[str, str] = {}
    for fact in ctx.facts:
        if fact.measure == "level" and fact.unit and fact.indicator_code:
            units.setdefault(fact.indicator_code, fact.unit)

    def unit_of(name: str) -> str | None:
        known = ctx.dictionary.resolve(name)
        return units.get(known[0]) if known else None

    return unit_of


INLINE_CELLS_MIN = 8  # bars a line must hold to be read as a whole table set on one line
HEADER_WIDTH_MAX = 8


def read_inline_table(ctx: SectionState, at: int, line: str, topic: str | None) -> bool:
    """A table set on one line after its lead (…第三。 GDP排行 | 区域 | 2018年GDP(亿元) | 增速(%) |
    1 | 渝北区 | 1543.09 | -2.8 | 2 | …): its header is the first run of cells that reads as one
    and has a row after it; rows are the runs of as many cells after it, up to one that is none."""
    bars = [m.start() for m in re.finditer(r"[|｜]", line)]
    if len(bars) < INLINE_CELLS_MIN:
        return False
    cells = list(zip([0, *(b + 1 for b in bars)], [*bars, len(line)], strict=True))
    for i in range(len(cells)):
        for width in range(2, HEADER_WIDTH_MAX + 1):
            names = [line[a:b].strip() for a, b in cells[i : i + width]]
            names[0] = (names[0].split() or [""])[-1]  # the lead before the header's first cell
            columns = read_header(" ".join(names), topic)
            if columns is None:
                continue
            rows, by_year = 0, YEAR_COLUMN.match(names[0]) is not None
            for k in range(i + width, len(cells) - width + 1, width):
                start, end = cells[k][0], cells[k + width - 1][1]
                start += len(line[start:end]) - len(line[start:end].lstrip())
                if not read_row(ctx, at + start, line[start:end], columns, by_year):
                    break
                rows += 1
            if rows:
                return True
    return False


def read_row(ctx: SectionState, at: int, line: str, columns: list[Column], by_year: bool = False) -> bool:
    """Emit the row's values (``at``: the row's offset in the section); False when the
    line is no row of the table. A row of a table by year (2017年 | 20818.5 | 8.9) is of the
    text's own place in that year; a cell written ``/`` is no value."""
    line = line.translate(PIPES)
    indent = len(line) - len(line.lstrip())
    rank = RANK_BEFORE.match(line, indent) if not by_year else None
    place_at = rank.end() if rank else indent
    place_text = (line[place_at:].split() or [""])[0]
    year = YEAR_ROW.match(place_text) if by_year else None
    if by_year:
        place = ctx.places.anchor if year else None
    else:
        place = ctx.gazetteer.lookup(place_text, ctx.places.context()) if place_text else None
    cells = list(CELL_OR_BLANK.finditer(line, place_at + len(place_text)))
    if not place_text or len(cells) != len(columns) or line[cells[-1].end() :].strip():
        return False
    if place is None:  # 18 市中区 827: a row of a place the gazetteer cannot tell; the table goes on
        return UNNAMED_ROW.fullmatch(place_text) is not None or (by_year and year is not None)
    reader = SentenceReader(ctx, at, line)
    for cell, column in zip(cells, columns, strict=True):
        if cell.group() == "/":  # 2018年 | 21984.8 | 8.7 | / | /: no value in this column
            continue
        written = re.sub(r"\s", "", cell.group())
        number = -parse_number(written[1:]) if written[0] in "-−" else parse_number(written.lstrip("+"))
        value = Value(
            cell.start(), cell.end(), cell.start(), number, column.unit.replace("％", "%"), None, None, False
        )
        verbs = "增长" if re.search(RATE_WORDS, column.indicator) else ""
        measure = measure_of(value, verbs, column.indicator)
        if measure:
            subject = Subject(column.indicator, place, "section" if year else "clause")
            span = (at, at + len(line.rstrip()))
            period = column.year or (year.group(1) if year else None)
            reader.emit(subject, value, measure, 1, span, remember=False, period=period)
    return True
