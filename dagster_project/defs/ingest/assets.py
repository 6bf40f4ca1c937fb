"""Raw transcripts: every file's bytes hashed and decoded into ``staging.raw_documents``;
every version of every file kept in ``staging.source_file_versions``."""

import datetime as dt
from pathlib import Path

import dagster as dg

from dagster_project import rawfiles
from dagster_project.defs.partitions import raw_files
from dagster_project.defs.resources import RawDirResource, WarehouseResource
from dagster_project.parsing import BATCH, RawRecord, decode_raw, rejected_record
from dagster_project.warehouse.schema import TABLES
from dagster_project.warehouse.staging import record_versions, replace_files, retire_missing

SOURCE_FILE_VERSIONS = dg.AssetKey(["staging", "source_file_versions"])


def _read_and_decode(context: dg.AssetExecutionContext, root: Path, key: str) -> RawRecord:
    """One file's record: decoded, or rejected with the reason (logged as a warning)."""
    try:
        raw = rawfiles.read(root, key)
    except (OSError, ValueError) as exc:
        record = rejected_record(key, str(exc) if key in str(exc) else f"{key}: {exc}")
    else:
        record = decode_raw(key, raw.data, raw.meta_raw)
    if record.status == "rejected":
        context.log.warning(record.reason)
    return record


@dg.asset(
    key=["staging", "raw_documents"],
    partitions_def=raw_files,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb",
    description="Every raw file under RAW_DIR: its bytes' sha256, encoding and decoded text, "
    "or the reason it was rejected. One partition per file.",
)
def raw_documents(
    context: dg.AssetExecutionContext, raw_dir: RawDirResource, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Read and decode the files of this run's partitions; never raises for a bad file."""
    keys = context.partition_keys
    seen: list[tuple[str, str | None, int | None, str]] = []
    rejected: list[tuple[str, str]] = []
    megabytes = 0.0
    with warehouse.connect() as con:
        for start in range(0, len(keys), BATCH):  # batches bound the texts held in memory
            batch = keys[start : start + BATCH]
            records = [_read_and_decode(context, raw_dir.root, key) for key in batch]
            replace_files(con, ["raw_documents"], batch, {"raw_documents": [r.as_row() for r in records]})
            seen += [(r.source_file, r.document_id, r.size_bytes, r.status) for r in records]
            rejected += [(r.source_file, r.reason) for r in records if r.status == "rejected"]
            megabytes += sum(r.size_bytes for r in records) / 1e6
        present = context.instance.get_dynamic_partitions(raw_files.name)
        versions = record_versions(con, seen, present, _now())
    return dg.MaterializeResult(
        metadata={
            "files": len(keys),
            "rejected": len(rejected),
            "versions_changed": versions["changed"],
            "megabytes": round(megabytes, 3),
            "rejections": dg.MetadataValue.md(
                "\n".join(f"- `{name}`: {reason}" for name, reason in rejected[:50]) or "none"
            ),
        }
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dg.asset(
    key=SOURCE_FILE_VERSIONS,
    deps=[raw_documents],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb",
    description="The history of every raw file's versions (first seen, superseded because changed "
    "or removed). A file no longer under RAW_DIR has its current version closed as removed and "
    "its rows retired from every staging table, so the models built next drop its facts.",
)
def source_file_versions(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Retire the files that have no partition any more (the sensor deletes a removed file's)."""
    present = context.instance.get_dynamic_partitions(raw_files.name)
    with warehouse.connect() as con:
        retired = retire_missing(con, list(TABLES), present)
        versions = record_versions(con, [], present, _now())
    if retired:
        context.log.info(f"rows of {retired} file(s) no longer under RAW_DIR retired")
    return dg.MaterializeResult(metadata={"files": len(present), "retired_files": retired, **versions})
