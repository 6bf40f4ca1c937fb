"""Dagster's SQLite event log, writing a run's per-partition asset events in batches.

A run over N document partitions records N materializations per partitioned asset. The
stock SQLite event log stores each in its own pair of transactions (the run's database,
then the cross-run index), building a new SQLAlchemy engine for every transaction, so
that every statement is compiled again: about 18 ms per event here, more than parsing the
document. This storage keeps the engines of the databases it used last (their statement
caches with them), and when Dagster hands a step's per-partition events over as one batch
(``DAGSTER_EVENT_BATCH_SIZE``, set by ``settings.export_defaults``) it writes the batch in
one transaction per database with one multi-row statement. The tables end up exactly as
the stock storage leaves them. Configured in ``dagster_home/dagster.yaml``.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from dagster import EventLogEntry, Field, StringSource
from dagster._core.events import ASSET_EVENTS
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.event_log.schema import SqlEventLogStorageTable
from dagster._core.storage.event_log.sqlite.sqlite_event_log import INDEX_SHARD_NAME
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._serdes import ConfigurableClassData
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

KEPT_ENGINES = 8  # the index and the few runs a process writes at a time


def default_base_dir() -> str:
    """Where Dagster keeps the event log of the instance in ``DAGSTER_HOME`` by default."""
    home = os.environ.get("DAGSTER_HOME")
    if not home:
        raise ValueError(
            "BatchedSqliteEventLogStorage: set DAGSTER_HOME to the instance's folder "
            "or give the event log a base_dir in its dagster.yaml"
        )
    return os.path.join(home, "history", "runs")


def _batchable(events: Sequence[EventLogEntry]) -> bool:
    return len({e.run_id for e in events}) == 1 and all(
        e.is_dagster_event and e.dagster_event_type in ASSET_EVENTS and e.get_dagster_event().asset_key
        for e in events
    )


class BatchedSqliteEventLogStorage(SqliteEventLogStorage):
    """``SqliteEventLogStorage`` whose ``store_event_batch`` writes a batch of one run's asset
    events in one transaction per database instead of two per event, and whose engines
    are kept from one transaction to the next."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        super().__init__(base_dir, inst_data=inst_data)
        # re-entrant: ``has_table`` is asked inside the index transaction that writes tags
        self._db_lock = threading.RLock()

    def _engine(self, shard: str) -> Engine:
        """The engine of one database, created (and the database initialized) on first use;
        a database wiped or upgraded since (no longer in ``_initialized_dbs``) gets a new one."""
        engine = self._engines.get(shard)
        if engine is None or shard not in self._initialized_dbs:
            engine = create_engine(
                self.conn_string_for_shard(shard),
                poolclass=NullPool,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
            )
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            self._engines[shard] = engine
            while len(self._engines) > KEPT_ENGINES:
                self._engines.popitem(last=False)[1].dispose()
        self._engines.move_to_end(shard)
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock, self._engine(shard).connect() as conn, conn.begin():
            yield conn

    def has_table(self, table_name: str) -> bool:
        """Whether the index database has ``table_name`` (asked before every tag write)."""
        with self._connect(INDEX_SHARD_NAME) as conn:
            return bool(conn.dialect.has_table(conn, table_name))

    @classmethod
    def config_type(cls) -> Mapping[str, Any]:
        """``base_dir`` is optional: ``$DAGSTER_HOME/history/runs``, Dagster's own default."""
        return {"base_dir": Field(StringSource, is_required=False)}

    @classmethod
    def from_config_value(  # type: ignore[override]
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> BatchedSqliteEventLogStorage:
        """Build the storage from its ``dagster.yaml`` config."""
        return cls(config_value.get("base_dir") or default_base_dir(), inst_data=inst_data)

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        """Store ``events``; a batch of one run's asset events goes in two transactions."""
        if len(events) < 2 or not _batchable(events):
            super().store_event_batch(events)
            return
        rows = [self._event_to_row(event) for event in events]
        with self.run_connection(events[0].run_id) as conn:
            conn.execute(SqlEventLogStorageTable.insert(), rows)
        insert = SqlEventLogStorageTable.insert().returning(
            SqlEventLogStorageTable.c.id, sort_by_parameter_order=True
        )
        with self.index_transaction() as conn:
            ids = [row[0] for row in conn.execute(insert, rows)]
            self._store_asset_event_tags(conn, events, ids)
            # The asset-key row keeps the latest event of each kind: writing only the last of
            # each (asset, kind), in batch order, leaves it as writing every one would.
            last = {(e.get_dagster_event().asset_key, e.dagster_event_type): i for i, e in enumerate(events)}
            for i in sorted(last.values()):
                self._store_asset_event(conn, events[i], ids[i])
