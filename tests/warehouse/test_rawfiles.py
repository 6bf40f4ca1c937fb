"""Finding and reading raw files: nothing outside RAW_DIR, changes seen by content."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dagster_project import rawfiles


def test_scan_lists_txt_files_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text("{}", encoding="utf-8")
    assert rawfiles.scan(tmp_path) == ["b.txt", "sub/a.txt"]


def test_read_returns_bytes_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes("全区GDP增长6%".encode())
    (tmp_path / "x.meta.json").write_text('{"published": "2025-07-25"}', encoding="utf-8")
    raw = rawfiles.read(tmp_path, "x.txt")
    assert raw.data.decode() == "全区GDP增长6%"
    assert raw.meta_raw == b'{"published": "2025-07-25"}'


def test_symlink_outside_raw_dir_is_refused_with_its_name(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("outside", encoding="utf-8")
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    os.symlink(outside, raw_dir / "link.txt")
    assert rawfiles.scan(raw_dir) == ["link.txt"]
    with pytest.raises(ValueError, match=r"link\.txt: .*outside RAW_DIR"):
        rawfiles.read(raw_dir, "link.txt")


def test_symlink_inside_raw_dir_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("内容", encoding="utf-8")
    os.symlink(tmp_path / "real.txt", tmp_path / "alias.txt")
    assert rawfiles.read(tmp_path, "alias.txt").data == "内容".encode()


def test_diff_reports_new_changed_and_removed_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "b.txt").write_text("二", encoding="utf-8")
    seen, changed, removed, _ = rawfiles.diff(tmp_path, {})
    assert changed == ["a.txt", "b.txt"] and removed == []
    _, changed, removed, _ = rawfiles.diff(tmp_path, seen)
    assert changed == [] and removed == []
    (tmp_path / "a.txt").write_text("一改", encoding="utf-8")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").write_text("三", encoding="utf-8")
    _, changed, removed, _ = rawfiles.diff(tmp_path, seen)
    assert changed == ["a.txt", "c.txt"]
    assert removed == ["b.txt"]


def test_changed_metadata_counts_as_a_change(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    seen, _, _, _ = rawfiles.diff(tmp_path, {})
    (tmp_path / "a.meta.json").write_text('{"region": "渝北区"}', encoding="utf-8")
    _, changed, _, _ = rawfiles.diff(tmp_path, seen)
    assert changed == ["a.txt"]


def test_an_unchanged_file_is_not_read_again_and_a_written_one_is(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "b.txt").write_text("二", encoding="utf-8")
    monkeypatch.setattr(rawfiles, "RACY_NS", 0)  # files written just now count as settled
    first = rawfiles.diff(tmp_path, {})
    read: list[str] = []
    fingerprint = rawfiles.fingerprint
    monkeypatch.setattr(
        rawfiles, "fingerprint", lambda raw_dir, key: read.append(key) or fingerprint(raw_dir, key)
    )
    again = rawfiles.diff(tmp_path, first.fingerprints, first.stats)
    assert read == [] and again.changed == [] and again.fingerprints == first.fingerprints
    (tmp_path / "b.txt").write_text("二改", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"region": "渝北区"}', encoding="utf-8")
    later = rawfiles.diff(tmp_path, first.fingerprints, first.stats)
    assert sorted(read) == ["a.txt", "b.txt"] and later.changed == ["a.txt", "b.txt"]


def test_a_file_written_in_the_last_seconds_is_read_again(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    first = rawfiles.diff(tmp_path, {})
    assert first.stats == {"a.txt": ""}  # too recent to trust its times
    (tmp_path / "a.txt").write_text("三", encoding="utf-8")  # same size, maybe the same clock tick
    assert rawfiles.diff(tmp_path, first.fingerprints, first.stats).changed == ["a.txt"]
