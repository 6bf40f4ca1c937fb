"""Reading the reference lists (``dbt/seeds``) the text core works with."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

LEVELS = ("nation", "province", "prefecture", "county", "zone")


def read_seed_rows(path: Path, required: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a seed CSV; raise ValueError naming the file when columns are missing or bad."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = list(reader)
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: gazetteer seed file not found") from exc
    for line, row in enumerate(rows, start=2):
        if "level" in row and row["level"] not in LEVELS:
            raise ValueError(f"{path}:{line}: unknown level {row['level']!r}")
    return rows
