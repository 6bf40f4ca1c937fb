"""Replacing one file's staging rows is atomic and leaves other files alone."""

from __future__ import annotations

import duckdb
import pytest

from dagster_project.warehouse import staging
from dagster_project.warehouse.schema import TABLES


def _numbers_row(source_file: str, start: int, kind: str = "fact") -> tuple:
    return (source_file, "doc-" + source_file, 1, start, start + 2, "6%", kind, "全区GDP增长6%")


def _count(con: duckdb.DuckDBPyConnection, source_file: str) -> int:
    return con.execute(
        "select count(*) from staging.numbers where source_file = ?", [source_file]
    ).fetchone()[0]


def test_replace_files_swaps_only_the_named_files_rows() -> None:
    con = duckdb.connect()
    staging.replace_files(
        con,
        ["numbers"],
        ["a.txt", "b.txt"],
        {"numbers": [_numbers_row("a.txt", 0), _numbers_row("a.txt", 5), _numbers_row("b.txt", 0)]},
    )
    counts = staging.replace_files(con, ["numbers"], ["a.txt"], {"numbers": [_numbers_row("a.txt", 9)]})
    assert counts == {"numbers": 1}
    assert _count(con, "a.txt") == 1
    assert _count(con, "b.txt") == 1


def test_failed_replacement_keeps_the_old_rows() -> None:
    con = duckdb.connect()
    staging.replace_files(con, ["numbers"], ["a.txt"], {"numbers": [_numbers_row("a.txt", 0)]})
    bad = [("a.txt", "doc", "not-an-int", 0, 1, "x", "fact", "s")]  # section_no must be an integer
    with pytest.raises(duckdb.Error):
        staging.replace_files(con, ["numbers"], ["a.txt"], {"numbers": bad})
    assert _count(con, "a.txt") == 1


def test_retire_missing_removes_files_no_longer_present() -> None:
    con = duckdb.connect()
    staging.replace_files(
        con,
        list(TABLES),
        ["a.txt", "b.txt"],
        {"numbers": [_numbers_row("a.txt", 0), _numbers_row("b.txt", 0)]},
    )
    con.execute(
        "insert into staging.source_files (source_file, status) "
        "values ('a.txt', 'parsed'), ('b.txt', 'parsed')"
    )
    gone = staging.retire_missing(con, ["source_files", "numbers"], ["a.txt"])
    assert gone == 1
    assert _count(con, "b.txt") == 0
    assert _count(con, "a.txt") == 1
