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
from packaging import version

from dagster_project import settings
from dagster_project.defs.dbt.project import dbt_project

LOCK_WAIT_SECONDS = 600


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB file. DuckDB allows one writing process, so connections are kept
    short and a connection attempt waits while another process holds the file."""

    path: str

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection that is closed on exit; waits up to ten minutes for a lock."""
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                con = duckdb.connect(self.path, read_only=read_only, config=settings.DUCKDB_CONFIG)
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
