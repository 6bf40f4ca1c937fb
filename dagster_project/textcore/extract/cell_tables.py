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
from collections.abc import Callable
from dataclasses import dataclass

from dagster_project.textcore.extract.cell_columns import CellColumn, columns_of, month_and_months
from dagster_project.textcore.extract.lexicon import SCOPE_WORDS
from dagster_project.textcore.extract.measures import measure_of
from dagster_project.textcore.extract.sentence import SentenceReader
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.extract.tables import PLACE_COLUMN
from dagster_project.textcore.layout.cell_runs import CELL_MAX, NOT_A_CELL
from dagster_project.textcore.numbers import UNIT, Value, parse_number
from dagster_project.textcore.periods import find_periods

NUMBER = re.compile(r"[-+−]?\d+(?:\.\d+)?")
UNIT_CELL = re.compile(rf"(?:{UNIT}|%|元)")
PART_ROW = re.compile(r"^[#＃\s]*其中")
ROW_MARKS = re.compile(r"^[#＃\s]*(?:其中[:：])?")
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


def _cells(ctx: SectionState) -> list[Cell | None]:
    """The section's paragraphs as cells (None for a paragraph that is no cell)."""
    cells: list[Cell | None] = []
    at = 0
    for paragraph in ctx.section.paragraphs:
        raw = ctx.text[at : at + len(paragraph.text)]
        text = re.sub(r"\s+", "", raw).rstrip("|｜")  # 9.4 |: a cell closed by a bar
        at += len(paragraph.text)
        if raw.strip() in ("|", "｜"):  # a cell left empty
            continue
        short = 0 < len(text) <= CELL_MAX and not NOT_A_CELL.search(text)
        start = at - len(paragraph.text) + len(raw) - len(raw.lstrip())
        cells.append(Cell(start, text, _indent(ctx, start)) if short and start < len(ctx.orig) else None)
    return cells


def _indent(ctx: SectionState, at: int) -> int:
    """Blanks between the start of the original line and the character at section offset ``at``."""
    original = ctx.orig[at]
    line = ctx.decoded.text.rfind("\n", 0, original) + 1
    before = ctx.decoded.text[line:original]
    return len(before) if not before.strip() else 0


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
    columns = columns_of([c.text for c in run[:first]], k, has_unit, year)
    columns = month_and_months(columns, ctx.period_default) if columns else None
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
    if len(rows) >= MIN_ROWS and places * 2 >= len(rows):  # a row per place
        _emit_place_rows(ctx, run[:first], rows, columns, has_unit)
    elif len(rows) >= MIN_ROWS:
        parents: list[tuple[int, str | None, bool]] = []  # (indent, own period, of GDP) of the rows above
        whole, part = None, False  # the row 其中 parts follow, and whether the last row was one
        for row in rows:
            while parents and parents[-1][0] >= row[0].indent:
                parents.pop()
            inherited = parents[-1][1] if parents else None  # 地区生产总值(1-6月) / 第一产业…
            of_gdp = bool(parents) and parents[0][2]  # 地区生产总值 / 第二产业 / #工业: their value added
            label = ROW_MARKS.sub("", row[0].text)
            part = PART_ROW.match(row[0].text) is not None or (part and not ctx.dictionary.resolve(label))
            whole = whole if part else label
            period = _emit_row(ctx, row, columns, has_unit, inherited, of_gdp, whole if part else None)
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
    whole: str | None = None,
) -> str | None:
    """Emit the values of one row under its label (of its own period, else ``inherited``, the
    period of the row it is indented under; a sector under GDP's row is its value added, 第二产业
    / #工业: 工业增加值, as written; a part after 其中 that names no indicator is of the ``whole``
    row above it, 常住人口 / 其中:城镇: 城镇常住人口); returns the period its label or parent names."""
    label = ROW_MARKS.sub("", row[0].text)
    year = int(ctx.period_default[:4]) if ctx.period_default and ctx.period_default[:4].isdigit() else None
    own = [p for p in find_periods(label, year, 12) if p.code] if year else []
    period = own[0].code if own else inherited  # 地区生产总值(1-6月)
    name = re.sub(r"[(（][^()（）]*[)）]$", "", label) if own else label
    of_gdp = of_gdp or (whole is not None and _names_gdp(ctx, whole))
    added = name + "增加值" if of_gdp and SECTOR_ROW.search(name) else None  # 工业 as written, 工业增加值
    if whole and not of_gdp and not ctx.dictionary.resolve(name):
        name += re.sub(r"[(（][^()（）]*[)）]$", "", whole)  # 城镇常住人口
    amounts = [c for c in columns if not c.rate and c.unit != "%" and not c.last_year]

    def subject_of(column: CellColumn) -> Subject:  # 现价 / 不变价: the second amount named by its column
        apart = column in amounts[1:] and column.name
        return Subject(f"{name}({column.name})" if apart else name, ctx.places.anchor, "section")

    _emit_values(ctx, row, columns, has_unit, subject_of, period, added)
    return period


def _emit_place_rows(
    ctx: SectionState, header: list[Cell], rows: list[list[Cell]], columns: list[CellColumn], has_unit: bool
) -> None:
    """A table of places (海口市 / 797.49 / 8.1): each row's values are its place's (全省: the
    text's own, else the one holding the rows' places), of the indicator the header or the
    table's title names (附表:…地区生产总值及增速), or else of the cell spanning the columns
    (增长速度) in each column's wording (比上年同月). A row of no place the gazetteer knows
    (东部地区, a group of places) is left out."""
    words = [c.text for c in header if not PLACE_COLUMN.match(c.text)]
    spanning = [w for w in words if not any(w in column.label for column in columns)]
    named = ctx.dictionary.named_in(" ".join(words))
    amounts = [c for c in columns if not c.rate and c.unit != "%" and not c.last_year]

    def name_of(column: CellColumn) -> str:  # 地区生产总值, its rate too; 增长速度比上年同月
        if named:
            return f"{named}({column.name})" if column in amounts[1:] and column.name else named
        return "".join(spanning[-1:]) + column.name

    labels = [ROW_MARKS.sub("", row[0].text) for row in rows]
    places = [ctx.gazetteer.lookup(x, ctx.places.context()) for x in labels]
    above = {p.code: ctx.gazetteer.parent(p) for p in places if p is not None}
    holder = next(iter(above.values())) if len(set(above.values())) == 1 else None
    for row, label, place in zip(rows, labels, places, strict=True):
        if label == "全国":
            place = ctx.gazetteer.nation
        elif SCOPE_WORDS.fullmatch(label):  # 全省: as the text's scope words mean it, else the rows' holder
            scoped = ctx.places.scope(label)
            place = scoped.region if scoped is not None else holder
        if place is not None:
            _emit_values(
                ctx, row, columns, has_unit, lambda c, p=place: Subject(name_of(c), p, "clause"), None
            )


def _emit_values(
    ctx: SectionState,
    row: list[Cell],
    columns: list[CellColumn],
    has_unit: bool,
    subject_of: Callable[[CellColumn], Subject],
    period: str | None,
    added: str | None = None,
) -> None:
    """Emit a row's numbers, each in its column's unit (else the row's), of ``subject_of`` its column."""
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
        subject = subject_of(column)
        measure = measure_of(value, "增长" if column.rate else "", subject.text)
        if measure and not (measure == "share_pct" and number == 100):  # the total's share of itself
            span, when = (start, end), period or column.period
            reader.emit(subject, value, measure, 1, span, remember=False, resolve_as=added, period=when)
