"""Parsed transcripts: the text core's output loaded into the staging tables."""

import collections
from collections.abc import Sequence

import dagster as dg
import pandas as pd

from dagster_project.defs.partitions import raw_files
from dagster_project.defs.resources import WarehouseResource
from dagster_project.parsing import BATCH, RawRecord, parse_pool, parse_records
from dagster_project.warehouse.staging import replace_files

PARSED_ASSET = dg.AssetKey(["staging", "parsed_documents"])
PARSED_TABLES = {
    "source_files": "Status of every raw file after parsing (parsed or rejected, with the reason and flags).",
    "documents": "One row per parsed document: title, dates, default period, region, flags.",
    "sections": "Speaker sections after layout repair: headline, speaker, org, the region it speaks for.",
    "paragraphs": "Body paragraphs in repaired reading order, with their original position and offsets.",
    "text_pieces": "Where every character of the text went: title, lead, headline, speaker line, "
    "paragraph, or a piece skipped with its reason.",
    "layout_decisions": "Every join or move the layout repair made, its evidence and confidence.",
    "indicator_mentions": "Indicator values read from the text, with evidence clause and offsets.",
    "numbers": "Every number in the text and what it was classified as (fact, date, ordinal, ...).",
}


def _record(row: tuple) -> RawRecord:
    return RawRecord(*row)


def _markdown_table(header: list[str], rows: Sequence[Sequence[object]]) -> dg.MetadataValue:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows]
    return dg.MetadataValue.md("\n".join(lines))


@dg.asset(
    key=PARSED_ASSET,
    deps=[["staging", "raw_documents"]],
    partitions_def=raw_files,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="parse",
    kinds={"python", "duckdb"},
    pool="duckdb",
    description="The text core's output for each raw file, in eight staging tables that are "
    "replaced together per file:\n\n"
    + "\n".join(f"- `staging.{table}`: {text}" for table, text in PARSED_TABLES.items()),
)
def parsed_documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Run layout repair, sectioning and extraction on this run's files (both cores for
    large runs), in batches of files whose staging rows are replaced in one transaction."""
    keys = context.partition_keys
    done = 0

    def progress(_: int, __: int, source_file: str, file_rows: dict) -> None:
        nonlocal done
        done += 1
        status = file_rows["source_files"][0]
        if status.status == "rejected":
            context.log.warning(f"[{done}/{len(keys)}] {source_file}: rejected: {status.reason}")
        elif len(keys) <= 200 or done % 100 == 0 or done == len(keys):
            context.log.info(
                f"[{done}/{len(keys)}] {source_file}: {len(file_rows.get('sections', []))} sections, "
                f"{len(file_rows.get('indicator_mentions', []))} facts"
            )

    counts: collections.Counter[str] = collections.Counter()
    by_region: collections.Counter[str] = collections.Counter()
    statuses: collections.Counter[str] = collections.Counter()
    preview: list[tuple] = []
    with parse_pool(len(keys)) as pool, warehouse.connect() as con:
        for start in range(0, len(keys), BATCH):  # each batch read, parsed and written alone
            batch = keys[start : start + BATCH]
            con.register("_keys", pd.DataFrame({"source_file": batch}))
            rows = con.execute(
                "select source_file, document_id, size_bytes, encoding, script, truncated, text,"
                " meta_json, status, reason from staging.raw_documents"
                " where source_file in (select source_file from _keys) order by source_file"
            ).fetchall()
            con.unregister("_keys")
            parsed = parse_records([_record(r) for r in rows], progress=progress, pool=pool)
            counts.update(replace_files(con, list(PARSED_TABLES), batch, parsed))
            mentions = parsed.get("indicator_mentions", [])
            by_region.update(row.region_name or "(none)" for row in mentions)
            statuses.update(row.status for row in parsed.get("source_files", []))
            preview += mentions[: 20 - len(preview)]
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts.get("indicator_mentions", 0),
            "files": len(keys),
            **{f"files_{status}": n for status, n in sorted(statuses.items())},
            "rows_per_table": _markdown_table(
                ["table", "rows written"], [[f"staging.{t}", counts.get(t, 0)] for t in PARSED_TABLES]
            ),
            "facts_per_region": _markdown_table(["region", "facts"], list(by_region.most_common(40))),
            "preview": _markdown_table(
                ["region", "period", "indicator", "value", "unit"],
                [[r.region_name, r.period_code, r.indicator_text, r.value, r.unit] for r in preview],
            ),
        }
    )
