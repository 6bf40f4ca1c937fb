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


def test_a_document_past_the_time_budget_is_stopped_and_the_others_load() -> None:
    """The sample repeated 200 times (3.9 MB) against a budget of 5 s: stopped in its worker
    and quarantined with the reason; the sample beside it loads."""
    sample = SAMPLE.read_bytes()
    big = decode_raw("big.txt", (sample.decode() + "\n\n").encode() * 200, None)
    small = decode_raw("small.txt", sample, None)
    with parse_pool(2, workers=1) as pool:
        parse_records([small], pool=pool, timeout=60)  # the worker has imported the text core
        rows = parse_records([big, small], pool=pool, timeout=5)
    status = {row.source_file: row for row in rows["source_files"]}
    assert status["small.txt"].status == "parsed"
    assert status["big.txt"].status == "rejected"
    assert "big.txt: quarantined: parsing took longer than 5 s" in status["big.txt"].reason
    assert {row.source_file for row in rows["indicator_mentions"]} == {"small.txt"}


def test_a_document_the_text_core_fails_on_is_quarantined(monkeypatch) -> None:
    import dagster_project.parsing as parsing

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(parsing, "parse_decoded", broken)
    rows = parse_records(_records(2), workers=1)
    status = {row.source_file: row for row in rows["source_files"]}
    assert status["d000.txt"].status == "rejected"
    assert status["d000.txt"].reason == (
        "d000.txt: quarantined: the text core failed: IndexError: list index out of range"
    )


def test_a_document_placing_too_little_of_its_text_is_quarantined(monkeypatch) -> None:
    from dagster_project.textcore.models import DocumentStructure

    monkeypatch.setattr(DocumentStructure, "accounted_share", lambda self, text: 0.5)
    rows = parse_records(_records(2), workers=1)
    (status,) = [row for row in rows["source_files"] if row.source_file == "d000.txt"]
    assert status.status == "rejected" and "only 50.0% of its characters" in status.reason
