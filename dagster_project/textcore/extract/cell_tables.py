"""Tables copied from a web page one cell per line: a header of cells, then rows whose label,
unit and numbers each stand on a line of their own.

``总量`` / ``(亿元)`` / ``比上年同期`` / ``增长(%)`` over ``地区生产总值`` / ``19349.31`` / ``-5.7``:
the number of numeric cells after a row's label gives the columns; the header cells before the
first row, grouped evenly, name them (a column of rates, or of amounts in its unit or the row's).
A column of last year's figures (去年同期累计) is left to the reader of the text; a row whose
label names its own period (地区生产总值(1-6月)) is of that period. A line that is no cell
ends the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dagster_project.textcore.extract.measures import measure_of
from dagster_project.textcore.extract.sentence import SentenceReader
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.layout.blocks import INDICATOR_COLUMN
from dagster_project.textcore.numbers import UNIT, Value, parse_number
from dagster_project.textcore.periods import find_periods

CELL_MAX = 30  # characters a cell holds at most
NUMBER = re.compile(r"[-+−]?\d+(?:\.\d+)?")
UNIT_CELL = re.compile(rf"(?:{UNIT}|%|元)")
NOT_A_CELL = re.compile(r"[。；;！!？?]|[，,].*[，,]")
RATE_COLUMN = re.compile(r"增长|增速|同比|±")
RATE_MARK = re.compile(r"%|±")
AMOUNT_WORDS = re.compile(r"累计|数值|总量|绝对|本月|金额|完成")
LAST_YEAR = re.compile(r"去年|上年")
ROW_MARKS = re.compile(r"^[#＃\s]*(?:其中[:：])?")
BRACKETED_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6})\s*[)）]")
MIN_ROWS = 2
SECTOR_ROW = re.compile(r"(?:产业|工业|建筑业|农业|服务业|农林牧渔业)$")


@dataclass(frozen=True)
class Cell:
    """One line of a table: its offset in the section and its text without blanks."""

    at: int
    text: str
    indent: int = 0  # blanks before it on its line in the original text (a sub-row's)

    @property
    def kind(self) -> str:
        if NUMBER.fullmatch(self.text):
            return "number"
        return "unit" if UNIT_CELL.fullmatch(self.text) else "text"


@dataclass(frozen=True)
class CellColumn:
    """A numeric column: rates, shares (%) or amounts (in ``unit``, else the row's); last year's
    amounts are skipped."""

    rate: bool
    unit: str | None
    last_year: bool
    period: str | None = None


def _cells(ctx: SectionState) -> list[Cell | None]:
    """The section's paragraphs as cells (None for a paragraph that is no cell)."""
    cells: list[Cell | None] = []
    at = 0
    for paragraph in ctx.section.paragraphs:
        raw = ctx.text[at : at + len(paragraph.text)]
        text = re.sub(r"\s+", "", raw)
        short = 0 < len(text) <= CELL_MAX and not NOT_A_CELL.search(text)
        start = at + len(raw) - len(raw.lstrip())
        cells.append(Cell(start, text, _indent(ctx, start)) if short and start < len(ctx.orig) else None)
        at += len(paragraph.text)
    return cells


def _indent(ctx: SectionState, at: int) -> int:
    """Blanks between the start of the original line and the character at section offset ``at``."""
    original = ctx.orig[at]
    line = ctx.decoded.text.rfind("\n", 0, original) + 1
    before = ctx.decoded.text[line:original]
    return len(before) if not before.strip() else 0


def _columns(header: list[Cell], k: int, has_unit: bool, year: int | None) -> list[CellColumn] | None:
    """The ``k`` numeric columns the last header cells name, one or two cells each (总量 / (亿元)),
    each naming a unit, a rate, or (rows giving their unit) an amount; None when they do not."""
    names = [c.text for c in header if not INDICATOR_COLUMN.match(c.text) and c.text != "单位"]
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
    )


def read_cell_tables(ctx: SectionState) -> None:
    """Facts of every table the section sets one cell per line."""
    cells = _cells(ctx)
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and cells[j] is not None:
            j += 1
        if j - i >= 3 * MIN_ROWS:
            _read_run([c for c in cells[i:j] if c is not None], ctx)
        i = j + 1


def _read_run(run: list[Cell], ctx: SectionState) -> None:
    """Read one run of cells: header, then rows of label, optional unit and ``k`` numbers."""
    kinds = [c.kind for c in run]
    first = next((n for n in range(len(run) - 1) if kinds[n] == "text" and _numbers_after(kinds, n)), None)
    if first is None:
        return
    has_unit = kinds[first + 1] == "unit"
    k = _numbers_after(kinds, first)
    year = int(ctx.period_default[:4]) if ctx.period_default and ctx.period_default[:4].isdigit() else None
    columns = _columns(run[:first], k, has_unit, year)
    if columns is None:
        return
    n, rows, rest = first, [], []
    while n < len(run):
        if kinds[n] != "text":
            break
        if _numbers_after(kinds, n) != k:
            if n + 1 < len(run) and kinds[n + 1] == "text" and _numbers_after(kinds, n + 1) != k:
                rest = run[n:]  # two lines that are no row: the header of the next table
                break
            n += 1  # 按产业分: a heading of the rows after it
            continue
        width = 1 + (kinds[n + 1] == "unit") + k
        rows.append(run[n : n + width])
        n += width
    places = sum(
        ctx.gazetteer.lookup(ROW_MARKS.sub("", r[0].text), ctx.places.context()) is not None for r in rows
    )
    if len(rows) >= MIN_ROWS and places * 2 < len(rows):  # a row per place: a table of places (``tables``)
        parents: list[tuple[int, str | None, bool]] = []  # (indent, own period, of GDP) of the rows above
        for row in rows:
            while parents and parents[-1][0] >= row[0].indent:
                parents.pop()
            inherited = parents[-1][1] if parents else None  # 地区生产总值(1-6月) / 第一产业…
            of_gdp = bool(parents) and parents[0][2]  # 地区生产总值 / 第二产业 / #工业: their value added
            period = _emit_row(ctx, row, columns, has_unit, inherited, of_gdp)
            parents.append((row[0].indent, period, _names_gdp(ctx, row[0].text)))
    if rest:
        _read_run(rest, ctx)


def _numbers_after(kinds: list[str], n: int) -> int:
    """How many number cells follow the label at ``n`` (after a unit cell, if any)."""
    m = n + 1 + (n + 1 < len(kinds) and kinds[n + 1] == "unit")
    count = 0
    while m + count < len(kinds) and kinds[m + count] == "number":
        count += 1
    return count


def _names_gdp(ctx: SectionState, label: str) -> bool:
    """Whether a row's label is GDP's (地区生产总值(1-6月))."""
    found = ctx.dictionary.resolve(re.sub(r"[(（][^()（）]*[)）]$", "", ROW_MARKS.sub("", label)))
    return bool(found) and found[0] == "gdp"


def _emit_row(
    ctx: SectionState,
    row: list[Cell],
    columns: list[CellColumn],
    has_unit: bool,
    inherited: str | None,
    of_gdp: bool = False,
) -> str | None:
    """Emit the values of one row under its label (of its own period, else ``inherited``, the
    period of the row it is indented under; a sector under GDP's row is its value added, 第二产业
    / #工业: 工业增加值, as written); returns the period its label or parent names."""
    label = ROW_MARKS.sub("", row[0].text)
    year = int(ctx.period_default[:4]) if ctx.period_default and ctx.period_default[:4].isdigit() else None
    own = [p for p in find_periods(label, year, 12) if p.code] if year else []
    period = own[0].code if own else inherited  # 地区生产总值(1-6月)
    name = re.sub(r"[(（][^()（）]*[)）]$", "", label) if own else label
    added = name + "增加值" if of_gdp and SECTOR_ROW.search(name) else None  # 工业 as written, 工业增加值
    unit_here = row[1].text if has_unit and row[1].kind == "unit" else None
    numbers = [c for c in row[1:] if c.kind == "number"]
    start, end = row[0].at, row[-1].at + len(row[-1].text)
    reader = SentenceReader(ctx, start, ctx.text[start:end])
    for cell, column in zip(numbers, columns, strict=True):
        unit = column.unit or unit_here
        if column.last_year or unit is None:
            continue
        pos = cell.at - start
        number = parse_number(cell.text.lstrip("+-−")) * (-1 if cell.text[0] in "-−" else 1)
        value = Value(pos, pos + len(cell.text), pos, number, unit, None, None, False)
        measure = measure_of(value, "增长" if column.rate else "", name)
        if measure:
            subject = Subject(name, ctx.places.anchor, "section")
            span, when = (start, end), period or column.period
            reader.emit(subject, value, measure, 1, span, remember=False, resolve_as=added, period=when)
    return period
