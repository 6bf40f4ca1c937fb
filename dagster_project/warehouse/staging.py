"""Loading rows into the staging schema: one file's rows are replaced in one transaction.

A run that dies half-way leaves every file either with its old rows or its new
ones, never a mix, because DuckDB commits the delete and the inserts together.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dagster_project.warehouse.rows import Rows
from dagster_project.warehouse.schema import STAGING_SCHEMA, TABLES, create_staging_schema


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
    con.execute("begin transaction")
    try:
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
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return counts


def retire_missing(con: duckdb.DuckDBPyConnection, tables: list[str], present: list[str]) -> int:
    """Delete rows of files that are no longer under RAW_DIR; returns how many files went."""
    create_staging_schema(con)
    con.execute("begin transaction")
    try:
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
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return gone
