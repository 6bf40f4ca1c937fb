"""Writing the warehouse without keeping readers out: every run writes a copy and publishes it.

DuckDB lets a writing process in only when no other process holds the file, and refuses
readers while one writes. So no run opens ``WAREHOUSE_PATH`` for writing: a run holds the
warehouse lock (``NAME.lock``, one run at a time, whichever path started it), writes a copy
(``NAME.next``), and on success renames the copy over the warehouse in one step. Readers
keep the file they opened; a failed or killed run leaves the last complete warehouse.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

LOCK_WAIT_SECONDS = 3600


def wal(database: Path) -> Path:
    """The write-ahead log DuckDB keeps beside a database file."""
    return database.with_name(database.name + ".wal")


def work_path(warehouse: Path) -> Path:
    """The copy a run writes."""
    return warehouse.with_name(warehouse.name + ".next")


def previous_path(warehouse: Path) -> Path:
    """Where the warehouse as it was before the last successful run is kept."""
    return warehouse.with_name(f"{warehouse.stem}.previous{warehouse.suffix}")


def warehouse_lock(warehouse: Path) -> FileLock:
    """The lock every run holds while it writes (re-entrant within one process)."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(warehouse) + ".lock", is_singleton=True)


def acquire_lock(warehouse: Path, say=print, wait_s: float = LOCK_WAIT_SECONDS) -> FileLock:
    """Take the warehouse lock, waiting up to ``wait_s`` for another run; ``say`` is told
    when it has to wait. The caller releases it."""
    lock = warehouse_lock(warehouse)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        say(f"another run is writing {warehouse}; waiting for it to finish (lock {lock.lock_file}) ...")
        lock.acquire(timeout=wait_s)
    return lock


@contextmanager
def holding_lock(warehouse: Path, say=print) -> Iterator[None]:
    """Hold the warehouse lock for the block."""
    lock = acquire_lock(warehouse, say)
    try:
        yield
    finally:
        lock.release()


def begin_build(warehouse: Path) -> Path:
    """Copy the warehouse to ``NAME.next`` for the run to write; returns the copy.

    Leftovers of a killed run are discarded first. A write-ahead log beside the warehouse
    (a writer outside these paths died) is copied with it, and DuckDB replays it when the
    copy is opened.
    """
    work = work_path(warehouse)
    discard(work)
    if warehouse.exists():
        shutil.copyfile(warehouse, work)
        if wal(warehouse).exists():
            shutil.copyfile(wal(warehouse), wal(work))
    return work


def discard(work: Path) -> None:
    """Delete a copy that is not to be published."""
    for path in (work, wal(work)):
        path.unlink(missing_ok=True)


def publish(work: Path, warehouse: Path) -> None:
    """Move the finished copy into place in one atomic rename (readers that have the old
    file open keep reading it); the file it replaces becomes ``NAME.previous.duckdb``."""
    duckdb.connect(str(work)).close()  # closing checkpoints: everything is in the file itself
    wal(warehouse).unlink(missing_ok=True)  # its content is in the copy; it must not replay onto it
    if warehouse.exists():
        link = warehouse.with_name(warehouse.name + ".previous-link")
        link.unlink(missing_ok=True)
        os.link(warehouse, link)  # a second name for the old file, then renamed: no moment without one
        os.replace(link, previous_path(warehouse))
    os.replace(work, warehouse)
