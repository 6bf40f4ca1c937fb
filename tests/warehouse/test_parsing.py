"""Parsing raw records into staging rows: the same rows alone, on a pool, and in batches."""

from __future__ import annotations

from pathlib import Path

from dagster_project.parsing import POOL_THRESHOLD, decode_raw, parse_pool, parse_records, rejected_record

SAMPLE = next((Path(__file__).parents[2] / "raw").glob("*.txt"))


def _records(n: int) -> list:
    """``n`` copies of the sample under different names (with a rejected file among them)."""
    data = SAMPLE.read_bytes()
    records = [decode_raw(f"d{i:03d}.txt", data, None) for i in range(n - 1)]
    return [*records, rejected_record("bad.txt", "bad.txt: binary file (NUL bytes)")]


def _by_file(rows: dict) -> dict:
    return {table: sorted(rows[table], key=repr) for table in rows}


def test_batches_on_a_shared_pool_give_the_rows_of_one_serial_pass() -> None:
    records = _records(POOL_THRESHOLD + 2)
    serial = parse_records(records, workers=1)
    seen: list[str] = []
    merged: dict = {}
    with parse_pool(len(records), workers=2) as pool:
        assert pool is not None
        for start in range(0, len(records), 15):
            batch = parse_records(
                records[start : start + 15], pool=pool, progress=lambda *a: seen.append(a[2])
            )
            for table, rows in batch.items():
                merged.setdefault(table, []).extend(rows)
    assert _by_file(merged) == _by_file(serial)
    assert seen == [r.source_file for r in records]  # every file reported once, in order
    statuses = {row.source_file: row.status for row in serial["source_files"]}
    assert statuses["bad.txt"] == "rejected" and statuses["d000.txt"] == "parsed"
    assert len({row.source_file for row in serial["indicator_mentions"]}) == len(records) - 1


def test_no_pool_for_a_few_files_or_one_core() -> None:
    with parse_pool(POOL_THRESHOLD - 1, workers=2) as pool:
        assert pool is None
    with parse_pool(1000, workers=1) as pool:
        assert pool is None
