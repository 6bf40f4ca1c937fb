"""The instance for large warehouses (``dagster_home/postgres/dagster.yaml``) keeps Dagster's
storage on PostgreSQL, records a run over many partitions as the default SQLite instance
does, and writes a step's per-partition materializations in batches."""

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest
import yaml
from dagster_postgres import PostgresEventLogStorage

from dagster_project import settings

ROOT = Path(__file__).parents[2]
FILES = dg.DynamicPartitionsDefinition(name="files")
KEYS = [f"doc_{i:03d}.txt" for i in range(40)]
RANGE_TAGS = {"dagster/asset_partition_range_start": KEYS[0], "dagster/asset_partition_range_end": KEYS[-1]}


@dg.asset(partitions_def=FILES, backfill_policy=dg.BackfillPolicy.single_run())
def parsed(context: dg.AssetExecutionContext) -> None:
    """A partitioned asset materialized over a range of files in one run."""
    context.log.info(f"{len(context.partition_keys)} files")


@dg.asset(partitions_def=FILES, deps=[parsed], backfill_policy=dg.BackfillPolicy.single_run())
def checked(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    """A second partitioned step, with metadata on its materializations."""
    return dg.MaterializeResult(metadata={"files": len(context.partition_keys)})


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server of its own on a Unix socket (short path: sockets are limited to
    about 100 characters), stopped after the module."""
    pgserver = pytest.importorskip("pgserver")
    folder = tempfile.mkdtemp(prefix="pg")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        # SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3; dagster-postgres brings psycopg2
        yield server.get_uri().replace("postgresql://", "postgresql+psycopg2://", 1)
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def _instance(home: Path, config: Path, monkeypatch: pytest.MonkeyPatch) -> dg.DagsterInstance:
    home.mkdir()
    shutil.copy(config, home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return dg.DagsterInstance.get()


def _run(instance: dg.DagsterInstance) -> None:
    instance.add_dynamic_partitions(FILES.name, KEYS)
    assert dg.materialize([parsed, checked], instance=instance, tags=RANGE_TAGS).success


def _recorded(instance: dg.DagsterInstance) -> dict:
    out = {}
    for key in (parsed.key, checked.key):
        records = instance.fetch_materializations(key, limit=1000).records
        out[key] = sorted(
            (r.partition_key, dict(r.asset_materialization.metadata))
            for r in records
            if r.asset_materialization
        )
    return out


def _materialization(event: dg.EventLogEntry) -> bool:
    return event.is_dagster_event and event.dagster_event_type == dg.DagsterEventType.ASSET_MATERIALIZATION


def test_the_two_instances_differ_only_in_storage() -> None:
    default = yaml.safe_load((ROOT / "dagster_home" / "dagster.yaml").read_text(encoding="utf-8"))
    large = yaml.safe_load((ROOT / "dagster_home" / "postgres" / "dagster.yaml").read_text(encoding="utf-8"))
    assert large.pop("storage") == {"postgres": {"postgres_url": {"env": "DAGSTER_PG_URL"}}}
    assert large == default


def test_a_range_run_is_recorded_as_on_sqlite_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, postgres_url: str
) -> None:
    for name, value in settings.DAGSTER_DEFAULTS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DAGSTER_PG_URL", postgres_url)
    single, batches = [], []
    storage = PostgresEventLogStorage
    one, batch = storage.store_event, storage.store_event_batch
    monkeypatch.setattr(storage, "store_event", lambda s, e: single.append(e) or one(s, e))
    monkeypatch.setattr(storage, "store_event_batch", lambda s, es: batches.append(es) or batch(s, es))

    homes = ROOT / "dagster_home"
    sqlite = _instance(tmp_path / "sqlite", homes / "dagster.yaml", monkeypatch)
    _run(sqlite)
    postgres = _instance(tmp_path / "postgres", homes / "postgres" / "dagster.yaml", monkeypatch)
    assert isinstance(postgres.event_log_storage, PostgresEventLogStorage)
    _run(postgres)

    assert _recorded(postgres) == _recorded(sqlite)
    assert all(len(rows) == len(KEYS) for rows in _recorded(postgres).values())
    for key in (parsed.key, checked.key):
        assert postgres.get_materialized_partitions(key) == set(KEYS)
    # each step's 40 materializations arrive as one batch, not as 40 single writes
    assert [sum(map(_materialization, b)) for b in batches if any(map(_materialization, b))] == [40, 40]
    assert not any(map(_materialization, single))
    assert len(postgres.get_runs()) == 1
