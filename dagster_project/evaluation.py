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
    keys = [_key(p.source_file, p.period_code, p.measure, p.value, p.unit) for p in rows]
    regions = [short_region(p.region_name) for p in rows]
    taken: set[int] = set()
    matched = optional_hits = 0
    misses = []
    for g in sorted(gold, key=lambda g: g.optional):
        want = _key(g.file, g.period, g.measure, g.value, g.unit)
        region = g.region if g.region == "*" else short_region(g.region)
        best, best_dice = None, 0.0
        for i, key in enumerate(keys):
            if i in taken or key != want or region not in ("*", regions[i]):
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


@dataclass(frozen=True)
class FileScore:
    """How the text core did on one document."""

    file: str
    required: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float


def parse_folder(docs: Path) -> dict[str, list[Prediction]]:
    """Run the text core alone (no Dagster, no warehouse) on every ``*.txt`` in ``docs``,
    with its ``NAME.meta.json`` when present; a document it rejects predicts nothing."""
    from dagster_project.textcore.indicators import IndicatorDictionary
    from dagster_project.textcore.models import RejectedDocument
    from dagster_project.textcore.pipeline import parse_document

    names = {code: name for code, name in IndicatorDictionary.default().aliases.values()}
    found: dict[str, list[Prediction]] = {}
    for path in sorted(Path(docs).glob("*.txt")):
        meta = path.with_name(path.stem + ".meta.json")
        try:
            doc = parse_document(path.read_bytes(), path.name, meta.read_bytes() if meta.exists() else None)
        except RejectedDocument:
            found[path.name] = []
            continue
        found[path.name] = fact_predictions(path.name, doc.facts, names)
    return found


def by_file(gold: list[GoldFact], predicted: dict[str, list[Prediction]]) -> list[FileScore]:
    """One score per document named in ``gold``."""
    rows = []
    for file in sorted({g.file for g in gold}):
        mine = [g for g in gold if g.file == file]
        result = score(mine, predicted.get(file, []))
        required = sum(not g.optional for g in mine)
        matched = required - len(result.misses)
        counted = round(matched / result.precision) if result.precision else len(predicted.get(file, []))
        rows.append(FileScore(file, required, counted, matched, result.precision, result.recall, result.f1))
    return rows


def main(argv: list[str] | None = None) -> int:
    """``python -m dagster_project.evaluation --docs DIR --gold CSV [--by-file] [--min-f1 X]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m dagster_project.evaluation",
        description="Score the text core alone on a folder of texts against hand-labelled facts.",
    )
    parser.add_argument("--docs", required=True, type=Path, help="folder of *.txt (and NAME.meta.json)")
    parser.add_argument(
        "--gold", required=True, type=Path, help="gold CSV (corpus format, with a file column)"
    )
    parser.add_argument("--by-file", action="store_true", help="also print a row per document")
    parser.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when the total F1 is below this")
    parser.add_argument("--show", type=int, default=0, help="list this many misses and extra facts")
    args = parser.parse_args(argv)
    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as exc:
        parser.exit(2, f"error: {exc}\n")
    if not args.docs.is_dir():
        parser.exit(2, f"error: {args.docs}: not a folder\n")
    predicted = parse_folder(args.docs)
    total = score(gold, [p for rows in predicted.values() for p in rows])
    for g in total.misses[: args.show]:
        print(f"  MISS  {g.file} {g.region} {g.period} {g.indicator_text} {g.measure} {g.value:g}{g.unit}")
    for p in total.extras[: args.show]:
        print(
            f"  EXTRA {p.source_file} {p.region_name} {p.period_code} {p.indicator_text} {p.measure} "
            f"{p.value:g}{p.unit or ''}"
        )
    if args.by_file:
        print(f"  {'file':<48} {'req':>4} {'pred':>4} {'hit':>4}  {'P':>5} {'R':>5} {'F1':>5}")
        for row in by_file(gold, predicted):
            print(
                f"  {row.file:<48} {row.required:>4} {row.predicted:>4} {row.matched:>4}  "
                f"{row.precision:5.2f} {row.recall:5.2f} {row.f1:5.2f}"
            )
    print(f"precision {total.precision:.3f}  recall {total.recall:.3f}  F1 {total.f1:.3f}")
    return 0 if total.f1 >= args.min_f1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
