"""Turning raw files into staging rows, each document in a worker it cannot outlive.

Plain Python: the Dagster assets call these functions and only write the results to
DuckDB, so the same code serves the benchmark and the tests. A document whose parse raises,
runs past the time budget (``PARSE_TIMEOUT_S``; its worker is stopped, not waited for) or
places too little of its text is quarantined: it gets one rejected status row naming the
reason, and every other document loads.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.models import DecodedText, RejectedDocument
from dagster_project.textcore.normalize import normalize
from dagster_project.textcore.pipeline import parse_decoded
from dagster_project.warehouse.rows import Rows, merge, parsed_rows, rejected_rows

POOL_THRESHOLD = 40  # from this many files on, both cores parse
BATCH = 250  # files parsed and written together: bounds memory whatever the run's size
# Workers start from a fresh interpreter that imports only the text core (about 110 MB each
# with jieba's dictionary) instead of a fork of the job's process, whose Dagster, dbt and
# DuckDB pages each worker would otherwise carry (about 250 MB each).
POOL_CONTEXT = multiprocessing.get_context("spawn")
PARSE_TIMEOUT_S = 120.0  # default time budget of one document (env PARSE_TIMEOUT_S)
MIN_ACCOUNTED = 0.95  # a document placing less of its text than this is quarantined


def parse_timeout() -> float:
    """The time budget of one document's parse, in seconds (env ``PARSE_TIMEOUT_S``)."""
    try:
        return float(os.environ.get("PARSE_TIMEOUT_S") or PARSE_TIMEOUT_S)
    except ValueError:
        return PARSE_TIMEOUT_S


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


def _quarantined(record: RawRecord, why: str) -> Rows:
    """A document that could not be parsed safely: its status row, naming the file and why."""
    return rejected_rows(
        record.source_file,
        record.document_id,
        record.size_bytes,
        record.encoding,
        f"{record.source_file}: quarantined: {why}",
        record.meta_json,
    )


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
    share = doc.structure.accounted_share(decoded.text)
    if share < MIN_ACCOUNTED:
        return _quarantined(record, f"only {share:.1%} of its characters were placed in the text's structure")
    return parsed_rows(doc, record.size_bytes, record.meta_json)


def guarded_rows(record: RawRecord) -> Rows:
    """``rows_for``, with a failure of the text core quarantined instead of raised."""
    try:
        return rows_for(record)
    except Exception as exc:  # any fault of the text core on this one document
        return _quarantined(record, f"the text core failed: {type(exc).__name__}: {exc}")


def parse_records(
    records: list[RawRecord],
    workers: int | None = None,
    progress: Callable[[int, int, str, Rows], None] | None = None,
    pool: ProcessPool | None = None,
    timeout: float | None = None,
) -> Rows:
    """Parse every record into staging rows, each in a worker of ``pool`` (one is made when
    none is given) under the time budget ``timeout`` (``parse_timeout()`` by default), while
    the caller stays the only DuckDB writer. Without a pool, with ``workers=1`` and no
    budget, records are parsed in this process (the benchmark's measure of the text core)."""
    merged: Rows = {}
    if pool is None and workers == 1 and timeout is None:
        for done, record in enumerate(records, start=1):
            rows = guarded_rows(record)
            merge(merged, rows)
            if progress:
                progress(done, len(records), record.source_file, rows)
        return merged
    budget = timeout if timeout is not None else parse_timeout()
    with _pool_or(pool, len(records), workers) as active:
        futures = [(r, active.schedule(guarded_rows, args=(r,), timeout=budget)) for r in records]
        for done, (record, future) in enumerate(futures, start=1):
            try:
                rows = future.result()
            except FutureTimeout:
                rows = _quarantined(
                    record, f"parsing took longer than {budget:g} s (PARSE_TIMEOUT_S); stopped"
                )
            except ProcessExpired as exc:
                rows = _quarantined(record, f"its parse worker died ({exc})")
            merge(merged, rows)
            if progress:
                progress(done, len(records), record.source_file, rows)
    return merged


def _workers(workers: int | None, files: int | None = None) -> int:
    wanted = workers or min(2, os.cpu_count() or 1)
    if files is not None and files < POOL_THRESHOLD:
        wanted = 1  # a few files: one worker starts faster than two
    return max(1, wanted)


@contextmanager
def _pool_or(pool: ProcessPool | None, files: int, workers: int | None) -> Iterator[ProcessPool]:
    if pool is not None:
        yield pool
        return
    with parse_pool(files, workers) as own:
        yield own


@contextmanager
def parse_pool(files: int, workers: int | None = None) -> Iterator[ProcessPool]:
    """Worker processes for parsing ``files`` files in one or several batches: spawned
    interpreters with only the text core, two for a large run, stopped on exit."""
    pool = ProcessPool(max_workers=_workers(workers, files), context=POOL_CONTEXT)
    try:
        yield pool
    finally:
        pool.stop()
        pool.join()
