"""scripts/compare_warehouses.py tells the same warehouse from a changed one, table by table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "compare_warehouses.py"


def _script():
    spec = importlib.util.spec_from_file_location("compare_warehouses", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _warehouse(path: Path, values: list[float]) -> Path:
    con = duckdb.connect(str(path))
    con.execute("create schema marts; create table marts.facts (fact_id varchar, value double)")
    con.executemany("insert into marts.facts values (?, ?)", [(f"f{i}", v) for i, v in enumerate(values)])
    con.close()
    return path


def test_same_rows_in_another_order_are_the_same(tmp_path: Path, capsys) -> None:
    a = _warehouse(tmp_path / "a.duckdb", [1.0, 2.0])
    b = _warehouse(tmp_path / "b.duckdb", [1.0, 2.0])
    assert _script().main([str(a), str(b), "--schemas", "marts"]) == 0
    assert "marts.facts" in capsys.readouterr().out


def test_a_changed_row_is_reported(tmp_path: Path, capsys) -> None:
    a = _warehouse(tmp_path / "a.duckdb", [1.0, 2.0])
    b = _warehouse(tmp_path / "b.duckdb", [1.0, 2.5])
    assert _script().main([str(a), str(b), "--schemas", "marts"]) == 1
    out = capsys.readouterr().out
    assert "DIFFERENT" in out and "1 only before, 1 only after" in out
