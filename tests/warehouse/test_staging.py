"""Replacing one file's staging rows is atomic and leaves other files alone."""

from __future__ import annotations

import datetime as dt

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


def _history(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "select source_file, document_id, superseded_because, superseded_at is null "
        "from staging.source_file_versions order by source_file, first_seen_at, document_id"
    ).fetchall()


def test_file_versions_are_kept_when_files_change_or_leave() -> None:
    con = duckdb.connect()
    t = [dt.datetime(2025, 7, day) for day in range(1, 6)]
    seen = [("a.txt", "id1", 10, "decoded"), ("b.txt", "id2", 20, "decoded")]
    assert staging.record_versions(con, seen, ["a.txt", "b.txt"], t[0]) == {
        "added": 2,
        "changed": 0,
        "removed": 0,
    }
    assert staging.record_versions(con, seen, ["a.txt", "b.txt"], t[1]) == {
        "added": 0,
        "changed": 0,
        "removed": 0,
    }
    changed = [("a.txt", "id3", 11, "decoded")]
    assert staging.record_versions(con, changed, ["a.txt", "b.txt"], t[2]) == {
        "added": 1,
        "changed": 1,
        "removed": 0,
    }
    assert staging.record_versions(con, [], ["a.txt"], t[3]) == {"added": 0, "changed": 0, "removed": 1}
    back = [("b.txt", "id2", 20, "decoded")]
    assert staging.record_versions(con, back, ["a.txt", "b.txt"], t[4]) == {
        "added": 1,
        "changed": 0,
        "removed": 0,
    }
    assert _history(con) == [
        ("a.txt", "id1", "changed", False),
        ("a.txt", "id3", None, True),
        ("b.txt", "id2", "removed", False),
        ("b.txt", "id2", None, True),
    ]
    superseded = con.execute(
        "select superseded_at from staging.source_file_versions where document_id = 'id1'"
    ).fetchone()[0]
    assert superseded == t[2]


def test_an_unreadable_file_has_one_version_until_it_changes() -> None:
    con = duckdb.connect()
    unreadable = [("x.txt", None, 0, "rejected")]
    staging.record_versions(con, unreadable, ["x.txt"], dt.datetime(2025, 1, 1))
    assert staging.record_versions(con, unreadable, ["x.txt"], dt.datetime(2025, 1, 2))["added"] == 0
    assert _history(con) == [("x.txt", None, None, True)]


def test_each_typed_row_has_its_tables_columns_in_order() -> None:
    """The row classes are generated from the DDL: a row built by name lands in its column."""
    from dagster_project.warehouse.schema import ROW_TYPES, create_staging_schema

    con = duckdb.connect()
    create_staging_schema(con)
    for table, row_type in ROW_TYPES.items():
        columns = [r[0] for r in con.execute(f"describe staging.{table}").fetchall()]
        assert list(row_type._fields) == columns == [name for name, _ in TABLES[table]], table


def test_an_older_staging_table_gains_the_columns_added_since() -> None:
    from dagster_project.warehouse.schema import create_staging_schema

    con = duckdb.connect()
    con.execute("create schema staging")
    con.execute("create table staging.documents (document_id varchar, source_file varchar)")
    con.execute("insert into staging.documents values ('d1', 'a.txt')")
    create_staging_schema(con)
    columns = [r[0] for r in con.execute("describe staging.documents").fetchall()]
    assert "accounted_share" in columns
    assert con.execute("select source_file, accounted_share from staging.documents").fetchall() == [
        ("a.txt", None)
    ]
