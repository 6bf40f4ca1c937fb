"""The document's date and reporting period, and the meeting date.

The date comes from the metadata, else from the file name (2025-07-25_…, 20250725_…),
else from a full date in the text. The year of the reporting period follows from it:
figures for a period are published after the period ends. Nothing comes from the clock.
"""

from __future__ import annotations

import re
from datetime import date

from dagster_project.textcore.models import DecodedText, DocumentDates, DocumentMeta
from dagster_project.textcore.periods import find_periods

FILE_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
TEXT_DATE = re.compile(r"(20\d{2}|19\d{2})年(\d{1,2})月(\d{1,2})日")
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
HEAD = 1500


def _valid(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def document_date(meta: DocumentMeta, source_file: str, norm: str) -> tuple[date | None, str | None]:
    """Publication date and where it came from."""
    if meta.published:
        return meta.published, "meta"
    name = source_file.rsplit("/", 1)[-1]
    for m in FILE_DATE.finditer(name):
        found = _valid(*m.groups())
        if found:
            return found, "filename"
    for m in TEXT_DATE.finditer(norm):
        found = _valid(*m.groups())
        if found:
            return found, "text"
    return None, None


def resolve_dates(
    decoded: DecodedText, meta: DocumentMeta, source_file: str
) -> tuple[DocumentDates, list[str]]:
    """Dates and default period of a document, with 'year_unknown' when no year is known."""
    published, source = document_date(meta, source_file, decoded.norm)
    head = decoded.norm[:HEAD]
    meeting = None
    m = MONTH_DAY.search(head)
    if m and published:
        year = published.year if int(m.group(1)) <= published.month else published.year - 1
        meeting = _valid(str(year), m.group(1), m.group(2))
    period = None
    if published:
        # the period a document reports on is the one it names most often (a title may look ahead)
        codes = [c for _, _, c in find_periods(decoded.norm, published.year, published.month) if c]
        period = max(codes, key=lambda c: (codes.count(c), -codes.index(c))) if codes else None
    flags = [] if published else ["year_unknown"]
    return DocumentDates(
        published=published, date_source=source, meeting_date=meeting, period_code=period
    ), flags
