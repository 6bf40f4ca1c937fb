"""Loading rows into the staging schema: one file's rows are replaced in one transaction.

A run that dies half-way leaves every file either with its old rows or its new
ones, never a mix, because DuckDB commits the delete and the inserts together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pandas as pd

from dagster_project.warehouse.rows import Rows
from dagster_project.warehouse.schema import (
    CORRECTIONS_COLUMNS,
    CORRECTIONS_TABLE,
    STAGING_SCHEMA,
    TABLES,
    VERSIONS_TABLE,
    create_staging_schema,
)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Commit the block's statements together, or none of them."""
    con.execute("begin transaction")
    try:
        yield
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _frame(table: str, rows: list[tuple]) -> pd.DataFrame:
    columns = [name for name, _ in TABLES[table]]
    return pd.DataFrame.from_records(rows, columns=columns)


def replace_files(
    con: duckdb.DuckDBPyConnection, tables: list[str], source_files: list[str], rows: Rows
) -> dict[str, int]:
    """Delete ``source_files``' rows from ``tables`` and insert ``rows``, atomically.

    Returns the number of rows inserted per table.
    """
    create_staging_schema(con)
    counts: dict[str, int] = {}
    with _transaction(con):
        con.register("_replaced_files", pd.DataFrame({"source_file": pd.Series(source_files, dtype=object)}))
        for table in tables:
            con.execute(
                f"delete from {STAGING_SCHEMA}.{table} "
                "where source_file in (select source_file from _replaced_files)"
            )
            frame = _frame(table, rows.get(table, []))
            counts[table] = len(frame)
            if len(frame):
                con.register("_new_rows", frame)
                con.execute(f"insert into {STAGING_SCHEMA}.{table} by name select * from _new_rows")
                con.unregister("_new_rows")
        con.unregister("_replaced_files")
    return counts


def retire_missing(con: duckdb.DuckDBPyConnection, tables: list[str], present: list[str]) -> int:
    """Delete rows of files that are no longer under RAW_DIR; returns how many files went."""
    create_staging_schema(con)
    with _transaction(con):
        con.register("_present_files", pd.DataFrame({"source_file": pd.Series(present, dtype=object)}))
        gone = con.execute(
            f"select count(distinct source_file) from {STAGING_SCHEMA}.{tables[0]} "
            "where source_file not in (select source_file from _present_files)"
        ).fetchone()[0]
        for table in tables:
            con.execute(
                f"delete from {STAGING_SCHEMA}.{table} "
                "where source_file not in (select source_file from _present_files)"
            )
        con.unregister("_present_files")
    return gone


def record_versions(
    con: duckdb.DuckDBPyConnection,
    seen: list[tuple[str, str | None, int | None, str]],
    present: list[str],
    now: dt.datetime,
) -> dict[str, int]:
    """Keep the history of file versions: ``seen`` holds (source_file, document_id,
    size_bytes, status) of the files read now. A file read with other bytes than its current
    version supersedes it ('changed'); the current version of a file no longer in ``present``
    is superseded as 'removed'. Reading the same bytes again changes nothing.

    Returns the number of versions added, changed and removed.
    """
    create_staging_schema(con)
    table = f"{STAGING_SCHEMA}.{VERSIONS_TABLE}"
    frame = pd.DataFrame.from_records(seen, columns=["source_file", "document_id", "size_bytes", "status"])
    frame = frame.astype({"source_file": object, "document_id": object, "status": object})
    with _transaction(con):
        con.register("_seen", frame)
        con.register("_present", pd.DataFrame({"source_file": pd.Series(present, dtype=object)}))
        changed = con.execute(
            f"update {table} v set superseded_at = ?, superseded_because = 'changed' from _seen s "
            "where v.source_file = s.source_file and v.superseded_at is null "
            "and v.document_id is distinct from s.document_id",
            [now],
        ).fetchone()[0]
        added = con.execute(  # files with no current version: new ones and those just superseded
            f"insert into {table} select s.source_file, s.document_id, s.size_bytes, s.status, ?, null, null "
            f"from _seen s where s.source_file not in "
            f"(select source_file from {table} where superseded_at is null)",
            [now],
        ).fetchone()[0]
        removed = con.execute(
            f"update {table} set superseded_at = ?, superseded_because = 'removed' "
            "where superseded_at is null and source_file not in (select source_file from _present)",
            [now],
        ).fetchone()[0]
        con.unregister("_seen")
        con.unregister("_present")
    return {"added": added, "changed": changed, "removed": removed}


def replace_corrections(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> int:
    """Make ``staging.corrections`` exactly ``rows`` (every correction now in CORRECTIONS_DIR)."""
    create_staging_schema(con)
    columns = [name for name, _ in CORRECTIONS_COLUMNS]
    with _transaction(con):
        con.execute(f"delete from {STAGING_SCHEMA}.{CORRECTIONS_TABLE}")
        if rows:
            con.register("_corrections", pd.DataFrame.from_records(rows, columns=columns))
            con.execute(
                f"insert into {STAGING_SCHEMA}.{CORRECTIONS_TABLE} by name select * from _corrections"
            )
            con.unregister("_corrections")
    return len(rows)
