"""Raw transcripts: every file's bytes hashed and decoded into ``staging.raw_documents``;
every version of every file kept in ``staging.source_file_versions``."""

import datetime as dt

import dagster as dg

from dagster_project import rawfiles
from dagster_project.defs.partitions import raw_files
from dagster_project.defs.resources import RawDirResource, WarehouseResource
from dagster_project.parsing import decode_raw, rejected_record
from dagster_project.warehouse.schema import TABLES
from dagster_project.warehouse.staging import record_versions, replace_files, retire_missing


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
    records = []
    for key in keys:
        try:
            raw = rawfiles.read(raw_dir.root, key)
        except (OSError, ValueError) as exc:
            reason = str(exc) if key in str(exc) else f"{key}: {exc}"
            records.append(rejected_record(key, reason))
            context.log.warning(reason)
            continue
        record = decode_raw(key, raw.data, raw.meta_raw)
        if record.status == "rejected":
            context.log.warning(record.reason)
        records.append(record)
    present = context.instance.get_dynamic_partitions(raw_files.name)
    with warehouse.connect() as con:
        replace_files(con, ["raw_documents"], keys, {"raw_documents": [r.as_row() for r in records]})
        retired = retire_missing(con, list(TABLES), present)
        versions = record_versions(
            con,
            [(r.source_file, r.document_id, r.size_bytes, r.status) for r in records],
            present,
            dt.datetime.now(dt.UTC).replace(tzinfo=None),
        )
    rejected = [r for r in records if r.status == "rejected"]
    return dg.MaterializeResult(
        metadata={
            "files": len(records),
            "rejected": len(rejected),
            "retired_files": retired,
            "versions_changed": versions["changed"],
            "megabytes": round(sum(r.size_bytes for r in records) / 1e6, 3),
            "rejections": dg.MetadataValue.md(
                "\n".join(f"- `{r.source_file}`: {r.reason}" for r in rejected[:50]) or "none"
            ),
        }
    )
