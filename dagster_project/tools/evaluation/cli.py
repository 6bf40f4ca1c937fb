"""``python -m dagster_project.tools.evaluation``: the text core alone on a folder of labelled texts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dagster_project.tools.evaluation import (
    GoldFact,
    Prediction,
    confidence_quartiles,
    fact_predictions,
    load_gold,
    score,
)


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
    """``python -m dagster_project.tools.evaluation --docs DIR --gold CSV [--by-file] [--min-f1 X]``, or
    ``--export-gold FILE`` to write the reviewed documents' facts as gold rows."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m dagster_project.tools.evaluation",
        description="Score the text core alone on a folder of texts against hand-labelled facts.",
    )
    parser.add_argument("--docs", type=Path, help="folder of *.txt (and NAME.meta.json)")
    parser.add_argument("--gold", type=Path, help="gold CSV (corpus format, with a file column)")
    parser.add_argument(
        "--export-gold",
        type=Path,
        metavar="FILE",
        help="instead of scoring: write the corrected facts of the reviewed documents in the warehouse "
        "(WAREHOUSE_PATH) to FILE as gold rows",
    )
    parser.add_argument("--by-file", action="store_true", help="also print a row per document")
    parser.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when the total F1 is below this")
    parser.add_argument("--show", type=int, default=0, help="list this many misses and extra facts")
    parser.add_argument(
        "--confidence", action="store_true", help="print the precision in each quarter of confidence"
    )
    args = parser.parse_args(argv)
    if args.export_gold:
        return _export(parser, args.export_gold)
    if args.docs is None or args.gold is None:
        parser.error("--docs and --gold are needed to score (or --export-gold FILE)")
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
    if args.confidence:
        flat = [p for rows in predicted.values() for p in rows]
        for low, high, precision, n in confidence_quartiles(total, flat):
            print(f"  confidence {low:.2f}–{high:.2f}: precision {precision:.3f} of {n}")
    print(f"precision {total.precision:.3f}  recall {total.recall:.3f}  F1 {total.f1:.3f}")
    return 0 if total.f1 >= args.min_f1 else 1


def _export(parser, out: Path) -> int:
    from dagster_project import settings
    from dagster_project.tools.evaluation.export import export_gold

    warehouse = settings.resolve("WAREHOUSE_PATH")
    if not warehouse.exists():
        parser.exit(2, f"error: {warehouse}: no warehouse (set WAREHOUSE_PATH or run the job)\n")
    try:
        rows, documents = export_gold(warehouse, out)
    except ValueError as exc:
        parser.exit(2, f"error: {exc}\n")
    print(f"{rows} gold rows of {documents} reviewed documents written to {out}")
    return 0
