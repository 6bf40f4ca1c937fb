"""Scoring extracted facts against hand-labelled gold facts (precision, recall, F1).

A predicted fact matches a gold one when both come from the same file, fall in the
same period, belong to the same class of measure (growth, percentage points, share,
amount), carry the same value once unit prefixes are applied (5万 = 50000; 增长1.5倍 =
150 %; 增长三成 = 30 %), name the same region (compared by short name: 渝北区 = 渝北,
酉阳土家族苗族自治县 = 酉阳), and word the indicator alike (character-bigram Dice ≥ 0.5
against the wording or the canonical name; traditional script compared as simplified).
Gold rows marked optional are neither required nor counted against the extractor when
it finds them.  Each gold row takes the best-worded unused prediction, required rows
first.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dagster_project.textcore.models import Fact
from dagster_project.textcore.normalize import to_simplified

CLASS = {
    "growth_pct": "growth",
    "growth_multiple": "growth",
    "pp_change": "pp",
    "share_pct": "share",
    "level": "amount",
    "count": "amount",
}
SCALE = (("万亿", 1e12), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("千", 1e3))
REGION_ALIAS = {"重庆": "重庆市", "两江": "两江新区"}
# The peoples named in autonomous divisions' names: 酉阳土家族苗族自治县 → 酉阳.
PEOPLES = (
    "土家|苗|彝|回|藏|蒙古|壮|侗|瑶|白|哈尼|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|"
    "仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|鄂温克|德昂|保安|裕固|京|独龙|"
    "鄂伦春|赫哲|布依|朝鲜|满|哈萨克|维吾尔|各"
)
AUTONOMY = re.compile(rf"(?:(?:{PEOPLES})族)+自治[县州旗]$")
REGION_SUFFIX = re.compile(r"(?:新区|经开区|[区县市])$")
MIN_DICE = 0.5


@dataclass(frozen=True)
class GoldFact:
    """One labelled indicator value."""

    file: str
    region: str  # '*' when the label names no region
    period: str
    indicator_text: str
    measure: str
    value: float
    unit: str
    optional: bool


@dataclass(frozen=True)
class Prediction:
    """The columns of a fact the scorer compares (as in ``marts.fct_indicator_value``)."""

    source_file: str
    region_name: str | None
    period_code: str | None
    indicator_text: str
    indicator_name: str | None
    measure: str
    value: float | None
    unit: str | None
    confidence: float | None = None


@dataclass
class Score:
    """How a set of predictions compares with the gold facts."""

    precision: float
    recall: float
    f1: float
    misses: list[GoldFact] = field(default_factory=list)
    extras: list[Prediction] = field(default_factory=list)
    required: int = 0  # gold facts not optional
    counted: int = 0  # predictions counted (those matching an optional gold fact are not)
    matched: int = 0


def load_gold(path: Path, default_file: str = "") -> list[GoldFact]:
    """Read a gold CSV (columns as in tests/fixtures/seed_facts.csv; ``file`` optional).

    Raises ValueError naming the file when a row cannot be read, so a broken label file
    never scores as an empty one.
    """
    path = Path(path)
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    gold = []
    for n, row in enumerate(rows, start=2):
        try:
            gold.append(
                GoldFact(
                    row.get("file") or default_file,
                    row["region"],
                    row["period"],
                    row["indicator_text"],
                    row["measure"],
                    float(row["value"]),
                    row.get("unit") or "",
                    (row.get("optional") or "0").strip() == "1",
                )
            )
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{path}: line {n} is no gold fact ({exc})") from exc
    return gold


def fact_predictions(
    source_file: str, facts: Iterable[Fact], names: dict[str, str] | None = None
) -> list[Prediction]:
    """Predictions from the text core's facts (``names``: indicator code → canonical name)."""
    names = names or {}
    return [
        Prediction(
            source_file,
            f.region_name,
            f.period_code,
            f.indicator_text,
            names.get(f.indicator_code or "", f.indicator_text),
            f.measure,
            f.value,
            f.unit,
            f.confidence,
        )
        for f in facts
    ]


def base_value(value: float, unit: str | None, measure: str) -> float:
    """The value in base units: growth multiples as percent, 成 as tens of percent,
    万/亿 prefixes applied."""
    unit = to_simplified(unit or "")
    if measure == "growth_multiple":
        return round(value * 100, 6)
    if measure == "growth_pct" and unit == "成":
        return round(value * 10, 6)
    factor = next((f for prefix, f in SCALE if unit.startswith(prefix)), 1.0)
    return round(value * factor, 6)


def short_region(name: str | None) -> str:
    """渝北区 → 渝北, 酉阳土家族苗族自治县 → 酉阳, 重庆 → 重庆: regions compare by short form."""
    name = to_simplified((name or "").strip())
    name = REGION_ALIAS.get(name, name)
    name = AUTONOMY.sub("", name)
    return REGION_SUFFIX.sub("", name)


def dice(a: str | None, b: str | None) -> float:
    """Character-bigram Dice coefficient of two wordings (quotes, brackets, spaces ignored)."""

    def grams(s: str | None) -> set[str]:
        s = re.sub(r"[\s“”\"'（）()]", "", to_simplified(s or ""))
        return {s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set())

    x, y = grams(a), grams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _key(file: str, period: str | None, measure: str, value: float, unit: str | None) -> tuple:
    return (Path(file).name, period or "", CLASS[measure], base_value(value, unit, measure))


def score(gold: list[GoldFact], predicted: Iterable[Prediction | tuple]) -> Score:
    """Match predictions to gold facts and report precision, recall and F1.

    ``predicted`` holds ``Prediction``s or tuples in the same column order
    (source_file, region_name, period_code, indicator_text, indicator_name, measure,
    value, unit), as selected from the warehouse.  Only files named in ``gold`` count.
    """
    files = {Path(g.file).name for g in gold}
    rows = [p if isinstance(p, Prediction) else Prediction(*p) for p in predicted]
    rows = [
        p for p in rows if p.measure in CLASS and p.value is not None and Path(p.source_file).name in files
    ]
    regions = [short_region(p.region_name) for p in rows]
    by_key: dict[tuple, list[int]] = {}  # the predictions of each key, in their order
    for i, p in enumerate(rows):
        by_key.setdefault(_key(p.source_file, p.period_code, p.measure, p.value, p.unit), []).append(i)
    taken: set[int] = set()
    matched = optional_hits = 0
    misses = []
    for g in sorted(gold, key=lambda g: g.optional):
        want = _key(g.file, g.period, g.measure, g.value, g.unit)
        region = g.region if g.region == "*" else short_region(g.region)
        best, best_dice = None, 0.0
        for i in by_key.get(want, ()):
            if i in taken or region not in ("*", regions[i]):
                continue
            similarity = max(
                dice(g.indicator_text, rows[i].indicator_text), dice(g.indicator_text, rows[i].indicator_name)
            )
            if similarity > best_dice:
                best, best_dice = i, similarity
        if best is not None and best_dice >= MIN_DICE:
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
    extras = [p for i, p in enumerate(rows) if i not in taken]
    return Score(precision, recall, f1, misses, extras, required, counted, matched)


def confidence_quartiles(result: Score, predicted: list[Prediction]) -> list[tuple[float, float, float, int]]:
    """Precision of the predictions in each quarter of confidence, lowest first:
    ``(lowest confidence, highest confidence, precision, predictions)`` per quarter. Wrong
    facts should gather in the first."""
    wrong = {id(p) for p in result.extras}
    ranked = sorted((p for p in predicted if p.confidence is not None), key=lambda p: p.confidence)
    quarters = []
    for k in range(4):
        part = ranked[k * len(ranked) // 4 : (k + 1) * len(ranked) // 4]
        if part:
            right = sum(id(p) not in wrong for p in part)
            quarters.append((part[0].confidence, part[-1].confidence, right / len(part), len(part)))
    return quarters
