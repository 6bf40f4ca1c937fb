"""Scoring extracted facts against hand-labelled gold facts (precision, recall, F1).

A predicted fact matches a gold one when both come from the same file, fall in the
same period, belong to the same kind of measure (growth, percentage points, share,
amount), carry the same value once unit prefixes are applied (5万 = 50000; 增长1.5倍 =
150 %), name the same region (compared by short name: 渝北区 = 渝北), and word the
indicator alike (character-bigram Dice ≥ 0.5). Gold rows marked optional are neither
required nor counted against the extractor when it finds them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

KIND = {
    "growth_pct": "growth",
    "growth_multiple": "growth",
    "pp_change": "pp",
    "share_pct": "share",
    "level": "amount",
    "count": "amount",
}
SCALE = [("万亿", 1e12), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("千", 1e3)]
REGION_SUFFIX = re.compile(r"(?:土家族|苗族|自治县|自治州|新区|经开区|区|县|市)+$")
MIN_DICE = 0.5


@dataclass(frozen=True)
class GoldFact:
    """One labelled indicator value."""

    file: str
    region: str
    period: str
    indicator_text: str
    measure: str
    value: float
    unit: str
    optional: bool


@dataclass
class Score:
    """How a set of predictions compares with the gold facts."""

    precision: float
    recall: float
    f1: float
    misses: list[GoldFact] = field(default_factory=list)
    extras: list[tuple] = field(default_factory=list)


def load_gold(path: Path, default_file: str = "") -> list[GoldFact]:
    """Read a gold CSV (columns as in tests/fixtures/seed_facts.csv)."""
    with Path(path).open(encoding="utf-8") as f:
        return [
            GoldFact(
                row.get("file") or default_file,
                row["region"],
                row["period"],
                row["indicator_text"],
                row["measure"],
                float(row["value"]),
                row["unit"],
                row.get("optional") == "1",
            )
            for row in csv.DictReader(f)
        ]


def comparable_value(value: float, unit: str | None, measure: str) -> float:
    """The value in base units: growth multiples as percent, 万/亿 prefixes applied."""
    if measure == "growth_multiple":
        return round(value * 100, 6)
    if measure == "growth_pct" and unit == "成":
        return round(value * 10, 6)
    factor = next((f for prefix, f in SCALE if (unit or "").startswith(prefix)), 1.0)
    return round(value * factor, 6)


def short_region(name: str | None) -> str:
    """渝北区 → 渝北, 重庆市 → 重庆: regions compare by their short form."""
    return REGION_SUFFIX.sub("", (name or "").strip()) or (name or "")


def dice(a: str, b: str) -> float:
    """Character-bigram Dice coefficient of two wordings."""

    def grams(s: str) -> set[str]:
        s = re.sub(r"[\s“”\"'（）()]", "", s or "")
        return {s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set())

    x, y = grams(a), grams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def score(gold: list[GoldFact], predicted: list[tuple]) -> Score:
    """Match predictions (source_file, region_name, period_code, indicator_text, indicator_name,
    measure, value, unit) to gold facts, best wording first."""
    rows = [p for p in predicted if p[5] in KIND and p[6] is not None]
    keys = [
        (Path(p[0]).name, p[2] or "", KIND[p[5]], comparable_value(p[6], p[7], p[5]), short_region(p[1]))
        for p in rows
    ]
    taken: set[int] = set()
    matched, optional_hits, misses = 0, 0, []
    for g in sorted(gold, key=lambda g: g.optional):
        want = (Path(g.file).name, g.period, KIND[g.measure], comparable_value(g.value, g.unit, g.measure))
        region = "*" if g.region == "*" else short_region(g.region)
        best, best_score = None, MIN_DICE
        for i, key in enumerate(keys):
            if i in taken or key[:4] != want or (region != "*" and key[4] != region):
                continue
            s = max(dice(g.indicator_text, rows[i][3]), dice(g.indicator_text, rows[i][4] or ""))
            if s >= best_score:
                best, best_score = i, s
        if best is not None:
            taken.add(best)
            optional_hits += g.optional
            matched += not g.optional
        elif not g.optional:
            misses.append(g)
    required = sum(not g.optional for g in gold)
    counted = len(rows) - optional_hits
    precision = matched / counted if counted else 0.0
    recall = matched / required if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, misses, [rows[i] for i in range(len(rows)) if i not in taken])
