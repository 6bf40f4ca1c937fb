"""Every run writes a copy of the warehouse and publishes it only when no step failed."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from dagster_project.defs.resources import WarehouseResource
from dagster_project.warehouse.publish import previous_path, work_path


def _tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
    finally:
        con.close()


@dg.asset
def written(warehouse: WarehouseResource) -> None:
    with warehouse.connect() as con:
        con.execute("create table written as select 1 as x")
        # the run writes its copy, never the published file
        assert warehouse.working_path == str(work_path(Path(warehouse.path)))


@dg.asset(deps=[written])
def broken() -> None:
    raise RuntimeError("a step that fails")


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    duckdb.connect(str(path)).execute("create table before_run as select 1 as x").close()
    return path


def test_a_successful_run_publishes_its_copy_and_keeps_the_previous_file(warehouse: Path) -> None:
    result = dg.materialize([written], resources={"warehouse": WarehouseResource(path=str(warehouse))})
    assert result.success
    assert _tables(warehouse) == {"before_run", "written"}
    assert _tables(previous_path(warehouse)) == {"before_run"}
    assert not work_path(warehouse).exists()


def test_a_failed_run_leaves_the_warehouse_as_it_was(warehouse: Path) -> None:
    result = dg.materialize(
        [written, broken],
        resources={"warehouse": WarehouseResource(path=str(warehouse))},
        raise_on_error=False,
    )
    assert not result.success
    assert _tables(warehouse) == {"before_run"}  # the step that wrote succeeded; nothing published
    assert not work_path(warehouse).exists() and not previous_path(warehouse).exists()


def test_outside_a_run_the_resource_opens_the_warehouse_itself(warehouse: Path) -> None:
    resource = WarehouseResource(path=str(warehouse))
    assert resource.working_path == str(warehouse)
    with resource.connect(read_only=True) as con:
        assert con.execute("select count(*) from before_run").fetchone() == (1,)
