"""One dynamic partition per raw file, keyed by its path relative to RAW_DIR."""

from collections.abc import Mapping

import dagster as dg

# The run tags Dagster sets on a run of one partition or of a range of partitions (its
# documented backfill tags), named here so that only Dagster's public API is imported.
PARTITION_NAME_TAG = "dagster/partition"
ASSET_PARTITION_RANGE_START_TAG = "dagster/asset_partition_range_start"
ASSET_PARTITION_RANGE_END_TAG = "dagster/asset_partition_range_end"

raw_files = dg.DynamicPartitionsDefinition(name="raw_files")

# Above this many files a run rebuilds the models in full rather than file by file.
MAX_INCREMENTAL_FILES = 500


def files_of_run(tags: Mapping[str, str], keys: list[str]) -> list[str] | None:
    """The files a run parses, from its tags, when they are a part of ``keys`` (the
    partitions now) small enough for the models to be rebuilt file by file; None for a run
    over every file, a large range, or no files at all (the models are then rebuilt in full)."""
    if PARTITION_NAME_TAG in tags:
        return [tags[PARTITION_NAME_TAG]]
    start, end = tags.get(ASSET_PARTITION_RANGE_START_TAG), tags.get(ASSET_PARTITION_RANGE_END_TAG)
    if start not in keys or end not in keys:
        return None
    chosen = keys[keys.index(start) : keys.index(end) + 1]
    return chosen if len(chosen) < min(len(keys), MAX_INCREMENTAL_FILES + 1) else None
