"""Turning raw files into staging rows, in one process or spread over a process pool.

Plain Python: the Dagster assets call these functions and only write the
results to DuckDB, so the same code serves the benchmark and the tests.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.models import DecodedText, RejectedDocument
from dagster_project.textcore.normalize import normalize
from dagster_project.textcore.pipeline import parse_decoded
from dagster_project.warehouse.rows import Rows, merge, parsed_rows, rejected_rows

POOL_THRESHOLD = 40  # below this many files a process pool costs more than it saves
CHUNK = 25
BATCH = 250  # files parsed and written together: bounds memory whatever the run's size
# Workers start from a fresh interpreter that imports only the text core (about 110 MB each
# with jieba's dictionary) instead of a fork of the job's process, whose Dagster, dbt and
# DuckDB pages each worker would otherwise carry (about 250 MB each).
POOL_CONTEXT = multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class RawRecord:
    """A decoded raw file as kept in ``staging.raw_documents``."""

    source_file: str
    document_id: str | None
    size_bytes: int
    encoding: str | None
    script: str | None
    truncated: bool
    text: str | None
    meta_json: str | None
    status: str  # 'decoded' | 'rejected'
    reason: str | None

    def as_row(self) -> tuple:
        """The ``staging.raw_documents`` row."""
        return (
            self.source_file,
            self.document_id,
            self.size_bytes,
            self.encoding,
            self.script,
            self.truncated,
            self.text,
            self.meta_json,
            self.status,
            self.reason,
        )


def _meta_text(meta_raw: bytes | None) -> str | None:
    if meta_raw is None:
        return None
    return meta_raw.decode("utf-8", errors="replace")


def decode_raw(source_file: str, data: bytes, meta_raw: bytes | None) -> RawRecord:
    """Hash and decode one file; a file that is not text becomes a rejected record."""
    document_id = hashlib.sha256(data).hexdigest()
    meta_json = _meta_text(meta_raw)
    try:
        decoded = decode_bytes(data, source_file)
    except RejectedDocument as exc:
        return RawRecord(
            source_file, document_id, len(data), None, None, False, None, meta_json, "rejected", str(exc)
        )
    return RawRecord(
        source_file,
        document_id,
        len(data),
        decoded.encoding,
        decoded.script,
        decoded.truncated,
        decoded.text,
        meta_json,
        "decoded",
        None,
    )


def rejected_record(source_file: str, reason: str) -> RawRecord:
    """A path that could not be read at all (outside RAW_DIR, too large, vanished)."""
    return RawRecord(source_file, None, 0, None, None, False, None, None, "rejected", reason)


def rows_for(record: RawRecord) -> Rows:
    """Parse one decoded record into staging rows (a rejection gives one status row)."""
    if record.status != "decoded" or record.text is None:
        return rejected_rows(
            record.source_file,
            record.document_id,
            record.size_bytes,
            record.encoding,
            record.reason or "rejected",
            record.meta_json,
        )
    decoded = DecodedText(
        text=record.text,
        norm=normalize(record.text),
        encoding=record.encoding or "",
        script=record.script or "simplified",
        truncated=record.truncated,
    )
    meta_raw = record.meta_json.encode("utf-8") if record.meta_json is not None else None
    try:
        doc = parse_decoded(decoded, record.source_file, record.document_id or "", meta_raw)
    except RejectedDocument as exc:
        return rejected_rows(
            record.source_file,
            record.document_id,
            record.size_bytes,
            record.encoding,
            str(exc),
            record.meta_json,
        )
    return parsed_rows(doc, record.size_bytes, record.meta_json)


def _rows_for_chunk(records: list[RawRecord]) -> list[tuple[str, Rows]]:
    return [(r.source_file, rows_for(r)) for r in records]


def parse_records(
    records: list[RawRecord],
    workers: int | None = None,
    progress: Callable[[int, int, str, Rows], None] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Rows:
    """Parse every record into staging rows. Large batches go to a process pool (both
    cores on the target machine; pass ``pool`` to reuse one across batches) while the
    caller stays the only DuckDB writer."""
    chunks = [records[i : i + CHUNK] for i in range(0, len(records), CHUNK)]
    own_pool = None
    if pool is None and len(records) >= POOL_THRESHOLD and _workers(workers) > 1:
        pool = own_pool = ProcessPoolExecutor(max_workers=_workers(workers), mp_context=POOL_CONTEXT)
    results: Iterable[list[tuple[str, Rows]]]
    results = pool.map(_rows_for_chunk, chunks) if pool else map(_rows_for_chunk, chunks)
    merged: Rows = {}
    done = 0
    try:
        for chunk_result in results:
            for source_file, rows in chunk_result:
                done += 1
                merge(merged, rows)
                if progress:
                    progress(done, len(records), source_file, rows)
    finally:
        if own_pool:
            own_pool.shutdown()
    return merged


def _workers(workers: int | None) -> int:
    return workers or min(2, os.cpu_count() or 1)


@contextmanager
def parse_pool(files: int, workers: int | None = None) -> Iterator[ProcessPoolExecutor | None]:
    """A process pool for parsing ``files`` files in several batches (None when too few
    files or one core), shut down on exit."""
    if files < POOL_THRESHOLD or _workers(workers) < 2:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=_workers(workers), mp_context=POOL_CONTEXT)
    try:
        yield pool
    finally:
        pool.shutdown()
