"""Analysts' corrections: CSV files in ``CORRECTIONS_DIR``, read and checked line by line.

Each line says what to do to a fact (CONTRACT.md, "Corrections"): ``reject`` a fact
(``fact_id``), ``accept`` it as it is (the review's record; the fact is unchanged), ``set``
one field of it (``fact_id``, ``field``, ``value``), or ``add`` a fact the extraction missed
(``source_file``, ``evidence``, ``region_name``, ``period_code``, ``indicator_text``,
``measure``, ``value``, ``unit``); ``note`` and ``reviewed_at`` say who decided and when. A
line that cannot be applied as written is kept with the reason, naming its file and line,
and the other lines still apply; whether an applicable line still finds its fact is decided
by the marts (``marts.rpt_corrections``: applied, stale or invalid).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

COLUMNS = (
    "action fact_id field value source_file evidence region_name period_code indicator_text measure "
    "unit note reviewed_at"
).split()
ACTIONS = ("accept", "reject", "set", "add")
SETTABLE = ("region_name", "period_code", "indicator_text", "measure", "value", "unit", "qualifier")
MEASURES = ("growth_pct", "growth_multiple", "pp_change", "share_pct", "level", "count")
MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Correction:
    """One line of a corrections file, with the reason it cannot apply (None when it can)."""

    file: str  # path relative to CORRECTIONS_DIR
    line: int  # line number in the file (the header is line 1)
    action: str | None
    fact_id: str | None
    field: str | None
    value: str | None
    source_file: str | None
    evidence: str | None
    region_name: str | None
    period_code: str | None
    indicator_text: str | None
    measure: str | None
    unit: str | None
    note: str | None
    reviewed_at: str | None
    problem: str | None


def _clean(row: dict[str, str | None]) -> dict[str, str | None]:
    return {c: ((row.get(c) or "").strip() or None) for c in COLUMNS}


def problem_of(row: dict[str, str | None]) -> str | None:
    """Why a correction cannot apply as written, or None."""
    action = row["action"]
    if action not in ACTIONS:
        return f"action must be one of {', '.join(ACTIONS)}, not {action!r}"
    if action in ("accept", "reject", "set") and not row["fact_id"]:
        return f"{action} needs a fact_id"
    if action == "set":
        if row["field"] not in SETTABLE:
            return f"field must be one of {', '.join(SETTABLE)}, not {row['field']!r}"
        if row["value"] is None:
            return "set needs a value"
        if row["field"] == "value" and not _is_number(row["value"]):
            return f"value {row['value']!r} is no number"
        if row["field"] == "measure" and row["value"] not in MEASURES:
            return f"measure must be one of {', '.join(MEASURES)}"
    if action == "add":
        missing = [c for c in ("source_file", "evidence", "indicator_text", "measure", "value") if not row[c]]
        if missing:
            return f"add needs {', '.join(missing)}"
        if row["measure"] not in MEASURES:
            return f"measure must be one of {', '.join(MEASURES)}"
        if not _is_number(row["value"]):
            return f"value {row['value']!r} is no number"
    return None


def _is_number(text: str | None) -> bool:
    try:
        float(text or "")
    except ValueError:
        return False
    return True


def read_file(path: Path, name: str) -> list[Correction]:
    """The corrections of one file; a file that is no CSV of corrections gives one line
    naming the problem (line 0)."""
    try:
        data = path.read_bytes()
        if len(data) > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES // 1024 // 1024} MB")
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return [_broken(name, f"{name}: cannot be read as UTF-8 text ({exc})")]
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "action" not in reader.fieldnames:
        return [_broken(name, f"{name}: no header with an 'action' column")]
    found = []
    for row in reader:
        clean = _clean(row)
        why = problem_of(clean)
        line = reader.line_num
        found.append(Correction(name, line, **clean, problem=f"{name}:{line}: {why}" if why else None))
    return found


def _broken(name: str, problem: str) -> Correction:
    return Correction(name, 0, *([None] * len(COLUMNS)), problem=problem)


def read_corrections(folder: Path) -> list[Correction]:
    """Every correction in ``*.csv`` files under ``folder`` (none when it does not exist),
    in the order of file name and line."""
    if not folder.is_dir():
        return []
    found: list[Correction] = []
    for path in sorted(folder.rglob("*.csv")):
        if path.is_file():
            found += read_file(path, path.relative_to(folder).as_posix())
    return found
