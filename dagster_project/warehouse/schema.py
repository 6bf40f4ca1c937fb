"""DDL of the ``staging`` schema that the text core's results are loaded into.

dbt reads these tables as sources; every table is keyed by ``source_file`` (the
file's path relative to ``RAW_DIR``), which is also the Dagster partition key, so
one file's rows can be replaced in one transaction.
"""

from __future__ import annotations

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
    "indicator_mentions": [
        ("source_file", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("section_no", "INTEGER"),
        ("mention_no", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("region_code", "VARCHAR"),
        ("region_name", "VARCHAR"),
        ("region_source", "VARCHAR"),
        ("period_code", "VARCHAR"),
        ("indicator_text", "VARCHAR"),
        ("indicator_code", "VARCHAR"),
        ("measure", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("evidence", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_org", "VARCHAR"),
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


def create_staging_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the staging schema and its tables where they do not exist yet."""
    con.execute(f"create schema if not exists {STAGING_SCHEMA}")
    for table, columns in [*TABLES.items(), (VERSIONS_TABLE, VERSIONS_COLUMNS)]:
        cols = ", ".join(f"{name} {sql_type}" for name, sql_type in columns)
        con.execute(f"create table if not exists {STAGING_SCHEMA}.{table} ({cols})")
