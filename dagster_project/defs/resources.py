"""Resources shared by every asset, configured from the environment (CONTRACT.md)."""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from importlib import metadata
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource
from filelock import FileLock
from packaging import version
from pydantic import PrivateAttr

from dagster_project import settings
from dagster_project.defs.dbt.project import dbt_project
from dagster_project.warehouse import publish

LOCK_WAIT_SECONDS = 600


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB file, written the way every run writes it (``warehouse.publish``): the run
    holds the warehouse lock, its steps write a copy, and the copy replaces the file when the
    run ends with no failed step, so readers of ``path`` are never refused.

    Connections are kept short; outside a run (a test's direct call) they open ``path``.
    """

    path: str
    _work: Path | None = PrivateAttr(default=None)
    _lock: FileLock | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        """Wait for the warehouse lock, then copy the warehouse for this run to write."""
        warehouse = Path(self.path)
        self._lock = publish.acquire_lock(warehouse, say=context.log.info)
        self._work = publish.begin_build(warehouse)

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        """Publish the copy when no step of the run failed, discard it otherwise; unlock."""
        if self._work is None:
            return
        try:
            failed = context.instance.get_run_stats(context.run_id).steps_failed if context.instance else 0
            if failed:
                context.log.warning(f"{failed} step(s) failed: {self.path} is left as the last run made it")
                publish.discard(self._work)
            else:
                publish.publish(self._work, Path(self.path))
        finally:
            self._work = None
            self._lock.release()

    @property
    def working_path(self) -> str:
        """The file this run's steps read and write: the run's copy, or ``path`` outside a run."""
        return str(self._work or self.path)

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to ``working_path`` that is closed on exit; waits up to ten minutes
        while another process holds the file."""
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                con = duckdb.connect(self.working_path, read_only=read_only, config=settings.DUCKDB_CONFIG)
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise
                time.sleep(1)
        try:
            yield con
        finally:
            con.close()


class WarehouseDbtResource(DbtCliResource):
    """dagster-dbt's dbt CLI resource without two costs it adds to every ``dbt`` command, in
    the run's own process, before dbt starts (about 6 s of each build here):

    - it runs ``dbt --version`` to learn dbt's version; the dbt it runs is the one installed
      beside this interpreter (``settings.DBT_EXECUTABLE``), whose version the package
      metadata gives;
    - it opens a dbt adapter, which only serves column metadata and row counts; these
      assets fetch neither.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: object) -> None:
        return None


class RawDirResource(dg.ConfigurableResource):
    """Folder the transcripts are read from; nothing outside it is read."""

    path: str

    @property
    def root(self) -> Path:
        """The folder as a ``Path``."""
        return Path(self.path)


class ReportsResource(dg.ConfigurableResource):
    """Folder the data-quality report is published to."""

    path: str


@dg.definitions
def resources() -> dg.Definitions:
    """Bind the resources once for every asset, check, sensor and schedule."""
    return dg.Definitions(
        resources={
            "warehouse": WarehouseResource(path=dg.EnvVar("WAREHOUSE_PATH")),
            "raw_dir": RawDirResource(path=dg.EnvVar("RAW_DIR")),
            "reports": ReportsResource(path=dg.EnvVar("REPORTS_DIR")),
            "dbt": WarehouseDbtResource(project_dir=dbt_project, dbt_executable=str(settings.DBT_EXECUTABLE)),
        }
    )
