"""DDL of the ``staging`` schema that the text core's results are loaded into.

dbt reads these tables as sources; every table is keyed by ``source_file`` (the
file's path relative to ``RAW_DIR``), which is also the Dagster partition key, so
one file's rows can be replaced in one transaction.
"""

from __future__ import annotations

from typing import NamedTuple

import duckdb

STAGING_SCHEMA = "staging"

TABLES: dict[str, list[tuple[str, str]]] = {
    "raw_documents": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("size_bytes", "BIGINT"),
        ("encoding", "VARCHAR"),
        ("script", "VARCHAR"),
        ("truncated", "BOOLEAN"),
        ("text", "VARCHAR"),
        ("meta_json", "VARCHAR"),
        ("status", "VARCHAR"),
        ("reason", "VARCHAR"),
    ],
    "source_files": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("text_hash", "VARCHAR"),
        ("size_bytes", "BIGINT"),
        ("encoding", "VARCHAR"),
        ("status", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("flags", "VARCHAR"),
        ("meta_json", "VARCHAR"),
    ],
    "documents": [
        ("document_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("text_hash", "VARCHAR"),
        ("encoding", "VARCHAR"),
        ("script", "VARCHAR"),
        ("title", "VARCHAR"),
        ("subtitle", "VARCHAR"),
        ("lead", "VARCHAR"),
        ("published_date", "DATE"),
        ("date_source", "VARCHAR"),
        ("meeting_date", "DATE"),
        ("period_code", "VARCHAR"),
        ("source", "VARCHAR"),
        ("region_code", "VARCHAR"),
        ("region_name", "VARCHAR"),
        ("region_source", "VARCHAR"),
        ("n_chars", "INTEGER"),
        ("n_sections", "INTEGER"),
        ("flags", "VARCHAR"),
        ("accounted_share", "DOUBLE"),  # share of the text's non-blank characters in a text piece
    ],
    "sections": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("section_no", "INTEGER"),
        ("headline", "VARCHAR"),
        ("speaker_title", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_org", "VARCHAR"),
        ("region_code", "VARCHAR"),
        ("region_name", "VARCHAR"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
    ],
    "paragraphs": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("section_no", "INTEGER"),
        ("paragraph_no", "INTEGER"),
        ("original_position", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("spans", "VARCHAR"),  # its pieces of the original text in reading order: "start-end;start-end"
    ],
    "layout_decisions": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("decision_no", "INTEGER"),
        ("kind", "VARCHAR"),
        ("left_block", "INTEGER"),
        ("right_block", "INTEGER"),
        ("evidence", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("flagged", "BOOLEAN"),
    ],
    "text_pieces": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("piece_no", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("role", "VARCHAR"),  # title | subtitle | lead | headline | speaker | paragraph | skipped
        ("section_no", "INTEGER"),
        ("reason", "VARCHAR"),  # why a skipped piece is not read (page furniture, pinyin gloss)
    ],
    "indicator_mentions": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("section_no", "INTEGER"),
        ("mention_no", "INTEGER"),
        ("char_start", "INTEGER"),  # the value itself (numeral and unit) in the original text
        ("char_end", "INTEGER"),
        ("evidence_start", "INTEGER"),  # the clause the value was read from
        ("evidence_end", "INTEGER"),
        ("region_code", "VARCHAR"),
        ("region_name", "VARCHAR"),
        ("region_source", "VARCHAR"),
        ("period_code", "VARCHAR"),
        ("period_source", "VARCHAR"),
        ("indicator_text", "VARCHAR"),
        ("indicator_code", "VARCHAR"),
        ("measure", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("evidence", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_org", "VARCHAR"),
        ("confidence", "DOUBLE"),  # 0–1, how sure the extraction is (textcore/confidence.py)
    ],
    "numbers": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("section_no", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("number_text", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("sentence", "VARCHAR"),
    ],
}


# Every version of every file ever seen; kept when a file changes or leaves RAW_DIR (not
# replaced per file like the tables above, so it is not in TABLES).
VERSIONS_TABLE = "source_file_versions"
VERSIONS_COLUMNS: list[tuple[str, str]] = [
    ("source_file", "VARCHAR"),
    ("document_id", "VARCHAR"),  # null when the file could not be read at all
    ("size_bytes", "BIGINT"),
    ("status", "VARCHAR"),  # as read: decoded or rejected
    ("first_seen_at", "TIMESTAMP"),
    ("superseded_at", "TIMESTAMP"),  # null for the version under RAW_DIR now
    ("superseded_because", "VARCHAR"),  # changed | removed
]


# Analysts' corrections as read from CORRECTIONS_DIR: replaced whole on every read (not per
# raw file, so not in TABLES); ``problem`` names the file and line of one that cannot apply.
CORRECTIONS_TABLE = "corrections"
CORRECTIONS_COLUMNS: list[tuple[str, str]] = [
    ("file", "VARCHAR"),
    ("line", "INTEGER"),
    *(
        (name, "VARCHAR")
        for name in (
            "action fact_id field value source_file evidence region_name period_code indicator_text "
            "measure unit note reviewed_at problem"
        ).split()
    ),
]


def _row_type(table: str, columns: list[tuple[str, str]]) -> type:
    """A NamedTuple with the table's columns as fields, in order: a row built by keyword."""
    name = "".join(part.title() for part in table.split("_")) + "Row"
    row_type = NamedTuple(name, [(column, object) for column, _ in columns])  # type: ignore[misc]
    row_type.__module__ = __name__
    return row_type


# One typed row class per staging table, generated from the DDL above (module attributes too,
# so rows pickle across the parse workers).
ROW_TYPES: dict[str, type] = {table: _row_type(table, columns) for table, columns in TABLES.items()}
globals().update({row_type.__name__: row_type for row_type in ROW_TYPES.values()})


def create_staging_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the staging schema and its tables where they do not exist yet; a table of an
    older layout gains the columns added since (as NULL for the rows it holds)."""
    con.execute(f"create schema if not exists {STAGING_SCHEMA}")
    for table, columns in [
        *TABLES.items(),
        (VERSIONS_TABLE, VERSIONS_COLUMNS),
        (CORRECTIONS_TABLE, CORRECTIONS_COLUMNS),
    ]:
        cols = ", ".join(f"{name} {sql_type}" for name, sql_type in columns)
        con.execute(f"create table if not exists {STAGING_SCHEMA}.{table} ({cols})")
        have = {
            row[0]
            for row in con.execute(
                "select column_name from information_schema.columns"
                " where table_schema = ? and table_name = ?",
                [STAGING_SCHEMA, table],
            ).fetchall()
        }
        for name, sql_type in columns:
            if name not in have:
                con.execute(f"alter table {STAGING_SCHEMA}.{table} add column {name} {sql_type}")
