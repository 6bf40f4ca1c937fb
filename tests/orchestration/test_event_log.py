"""The batched event log records a run over many partitions exactly as Dagster's own
SQLite event log does, in far fewer writes, and is the instance's storage."""

import shutil
from pathlib import Path

import dagster as dg
import pytest
import sqlalchemy as sa
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from dagster_project import event_log
from dagster_project.event_log import BatchedSqliteEventLogStorage

ROOT = Path(__file__).parents[2]
FILES = dg.DynamicPartitionsDefinition(name="files")
KEYS = [f"doc_{i:03d}.txt" for i in range(40)]


@dg.asset(partitions_def=FILES, backfill_policy=dg.BackfillPolicy.single_run())
def parsed(context: dg.AssetExecutionContext) -> None:
    """A partitioned asset materialized over a range of files in one run."""
    context.log.info(f"{len(context.partition_keys)} files")


@dg.asset(partitions_def=FILES, deps=[parsed], backfill_policy=dg.BackfillPolicy.single_run())
def checked(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    """A second partitioned step, with metadata on its materializations."""
    return dg.MaterializeResult(metadata={"files": len(context.partition_keys)})


def _instance(home: Path, batched: bool) -> dg.DagsterInstance:
    home.mkdir()
    storage = "dagster_project.event_log" if batched else "dagster._core.storage.event_log"
    cls = "BatchedSqliteEventLogStorage" if batched else "SqliteEventLogStorage"
    (home / "dagster.yaml").write_text(
        f"event_log_storage:\n  module: {storage}\n  class: {cls}\n"
        f"  config:\n    base_dir: {home / 'history' / 'runs'}\n",
        encoding="utf-8",
    )
    return dg.DagsterInstance.from_config(str(home))


def _run(instance: dg.DagsterInstance) -> None:
    instance.add_dynamic_partitions(FILES.name, KEYS)
    tags = {ASSET_PARTITION_RANGE_START_TAG: KEYS[0], ASSET_PARTITION_RANGE_END_TAG: KEYS[-1]}
    assert dg.materialize([parsed, checked], instance=instance, tags=tags).success


def _index_rows(instance: dg.DagsterInstance) -> dict[str, list]:
    with instance.event_log_storage.index_connection() as conn:
        q = conn.execute
        return {
            "events": q(
                sa.text(
                    "select dagster_event_type, asset_key, partition, step_key from event_logs "
                    "where dagster_event_type like 'ASSET_MATERIALIZATION%' order by id"
                )
            ).fetchall(),
            "tags": q(sa.text("select asset_key, key from asset_event_tags order by id")).fetchall(),
            "asset_keys": q(
                sa.text(
                    "select asset_key, json_extract(last_materialization, '$.storage_id'), "
                    "last_run_id is not null from asset_keys order by 1"
                )
            ).fetchall(),
        }


def test_a_range_run_is_recorded_as_the_stock_storage_records_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DAGSTER_EVENT_BATCH_SIZE", "1000")
    writes = {"n": 0}
    stock_store = SqliteEventLogStorage.store_event

    def counting(self: SqliteEventLogStorage, event: dg.EventLogEntry) -> None:
        writes["n"] += 1
        stock_store(self, event)

    monkeypatch.setattr(SqliteEventLogStorage, "store_event", counting)

    stock = _instance(tmp_path / "stock", batched=False)
    _run(stock)
    stock_writes, writes["n"] = writes["n"], 0
    batched = _instance(tmp_path / "batched", batched=True)
    assert isinstance(batched.event_log_storage, BatchedSqliteEventLogStorage)
    _run(batched)

    # the stock storage writes each file's events one by one; the batched one none of them
    assert stock_writes > 2 * len(KEYS)
    assert writes["n"] < len(KEYS)
    assert _index_rows(batched) == _index_rows(stock)
    assert len(_index_rows(stock)["events"]) >= 2 * len(KEYS)
    for key in (parsed.key, checked.key):
        assert batched.get_materialized_partitions(key) == set(KEYS)
        latest, expected = (i.get_latest_materialization_event(key) for i in (batched, stock))
        assert latest is not None
        assert latest.dagster_event.partition == expected.dagster_event.partition
    record = batched.get_latest_materialization_event(checked.key)
    assert record.asset_materialization.metadata["files"] == dg.IntMetadataValue(len(KEYS))
    runs = batched.get_runs()
    assert len(runs) == 1
    assert len(batched.all_logs(runs[0].run_id)) == len(stock.all_logs(stock.get_runs()[0].run_id))


def test_event_by_event_the_engines_are_kept_and_a_wipe_starts_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DAGSTER_EVENT_BATCH_SIZE", "0")  # every event stored on its own
    created = []
    real = event_log.create_engine
    monkeypatch.setattr(event_log, "create_engine", lambda *a, **k: created.append(a) or real(*a, **k))
    stock, kept = _instance(tmp_path / "stock", batched=False), _instance(tmp_path / "kept", batched=True)
    _run(stock)
    _run(kept)
    assert _index_rows(kept) == _index_rows(stock)
    assert len(_index_rows(kept)["events"]) >= 2 * len(KEYS)
    assert len(created) <= 3  # the index and the run's database, not one per event

    kept.wipe()
    assert [p.name for p in (tmp_path / "kept" / "history" / "runs").glob("*.db")] == ["index.db"]
    assert kept.get_materialized_partitions(parsed.key) == set()
    kept.add_dynamic_partitions(FILES.name, KEYS)
    assert dg.materialize([parsed], instance=kept, partition_key=KEYS[0]).success
    assert kept.get_materialized_partitions(parsed.key) == {KEYS[0]}


def test_the_project_instance_uses_it_under_its_dagster_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", tmp_path / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    instance = dg.DagsterInstance.get()
    storage = instance.event_log_storage
    assert isinstance(storage, BatchedSqliteEventLogStorage)
    assert Path(storage.path_for_shard("index")) == tmp_path / "history" / "runs" / "index.db"


def test_without_dagster_home_or_base_dir_the_error_says_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    with pytest.raises(ValueError, match="set DAGSTER_HOME"):
        BatchedSqliteEventLogStorage.from_config_value(None, {})
