"""Compare two warehouses table by table: the same rows, or which rows differ.

    .venv/bin/python scripts/compare_warehouses.py BEFORE.duckdb AFTER.duckdb [--schemas staging marts]

For a change that should not alter behaviour (a restructuring of the code), build the
warehouse before and after on the same RAW_DIR and compare: every table of the given schemas
(default ``staging`` and ``marts``) must say ``same``. Rows are compared as wholes, in any
order; columns only one side has are listed and left out of the comparison. Exit status 0
when every table is the same, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

# Columns that record when a run happened, not what it found.
RUN_COLUMNS = frozenset({"first_seen_at", "superseded_at", "loaded_at", "built_at"})


def tables(con: duckdb.DuckDBPyConnection, schema: str) -> list[str]:
    """The base tables of ``schema``."""
    rows = con.execute(
        "select table_name from information_schema.tables"
        " where table_schema = ? and table_type = 'BASE TABLE' order by 1",
        [schema],
    ).fetchall()
    return [r[0] for r in rows]


def columns(con: duckdb.DuckDBPyConnection, catalog: str, schema: str, table: str) -> list[str]:
    """The columns of one table, in order."""
    rows = con.execute(
        "select column_name from information_schema.columns"
        " where table_catalog = ? and table_schema = ? and table_name = ? order by ordinal_position",
        [catalog, schema, table],
    ).fetchall()
    return [r[0] for r in rows]


def compare_table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> tuple[str, str]:
    """(verdict, detail) for one table present in both warehouses ``a`` and ``b``."""
    left, right = columns(con, "a", schema, table), columns(con, "b", schema, table)
    shared = [c for c in left if c in right and c not in RUN_COLUMNS]
    only = sorted(set(left) ^ set(right))
    cols = ", ".join(f'"{c}"' for c in shared)
    a_rows = con.execute(f'select count(*) from a."{schema}"."{table}"').fetchone()[0]
    b_rows = con.execute(f'select count(*) from b."{schema}"."{table}"').fetchone()[0]
    gone = con.execute(
        f'select count(*) from (select {cols} from a."{schema}"."{table}" except all '
        f'select {cols} from b."{schema}"."{table}")'
    ).fetchone()[0]
    new = con.execute(
        f'select count(*) from (select {cols} from b."{schema}"."{table}" except all '
        f'select {cols} from a."{schema}"."{table}")'
    ).fetchone()[0]
    note = f" (columns on one side only: {', '.join(only)})" if only else ""
    if gone == new == 0:
        return "same", f"{a_rows} rows{note}"
    return "DIFFERENT", f"{a_rows} → {b_rows} rows, {gone} only before, {new} only after{note}"


def main(argv: list[str] | None = None) -> int:
    """Print one line per table; exit 1 when any table differs or exists on one side only."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--schemas", nargs="+", default=["staging", "marts"])
    args = parser.parse_args(argv)
    con = duckdb.connect()
    con.execute(f"attach '{args.before}' as a (read_only)")
    con.execute(f"attach '{args.after}' as b (read_only)")
    con.execute("use a")
    same = True
    for schema in args.schemas:
        con.execute("use a")
        left = set(tables(con, schema))
        con.execute("use b")
        right = set(tables(con, schema))
        con.execute("use memory")
        for table in sorted(left | right):
            if table not in left or table not in right:
                verdict, detail = "DIFFERENT", "only " + ("after" if table in right else "before")
            else:
                verdict, detail = compare_table(con, schema, table)
            same = same and verdict == "same"
            print(f"{schema}.{table:<32} {verdict:<9} {detail}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
