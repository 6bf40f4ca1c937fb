"""Finding transcripts under ``RAW_DIR`` and reading them safely.

Nothing outside ``RAW_DIR`` is ever read: a symlink that points outside it is
listed as skipped with its reason, not followed.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

MAX_BYTES = 64 * 1024 * 1024  # a transcript is kilobytes; anything this large is not one


@dataclass(frozen=True)
class RawFile:
    """A transcript file and its optional metadata, as bytes."""

    source_file: str  # path relative to RAW_DIR, '/'-separated: the partition key
    data: bytes
    meta_raw: bytes | None


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def _key(path: Path, raw_dir: Path) -> str:
    """The partition key of ``path``; a name whose bytes are not UTF-8 gets ``\\x`` escapes
    (Dagster and DuckDB store text only), so it is listed and refused, not fatal."""
    key = path.relative_to(raw_dir).as_posix()
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(key).decode("utf-8", "backslashreplace")
    return key


def _linked_dir_outside(path: Path, raw_dir: Path) -> bool:
    try:
        return path.is_symlink() and path.is_dir() and not _inside(path, raw_dir)
    except (RuntimeError, OSError):
        return False


def scan(raw_dir: Path) -> list[str]:
    """Every ``*.txt`` below ``raw_dir`` as sorted keys relative to it.

    Paths that must not be read (links leading outside, directories named
    ``*.txt``, links to folders outside, which are not searched) are listed too:
    ``read`` refuses them with a reason, so they are reported as rejected rather
    than silently ignored.
    """
    if not raw_dir.is_dir():
        return []
    paths = [*raw_dir.rglob("*.txt"), *(p for p in raw_dir.rglob("*") if _linked_dir_outside(p, raw_dir))]
    return sorted({_key(path, raw_dir) for path in paths})


def read(raw_dir: Path, source_file: str) -> RawFile:
    """Read one transcript and its ``NAME.meta.json``; raises ``OSError``/``ValueError``
    with the file named when it cannot or must not be read."""
    path = raw_dir / source_file
    if not os.path.lexists(path):
        raise ValueError(
            f"{source_file}: no such file (it vanished, or its name is not valid UTF-8 "
            "and is shown with \\x escapes; rename it)"
        )
    try:
        inside = _inside(path, raw_dir)
    except (RuntimeError, OSError) as exc:  # Python 3.11 reports a symlink loop as RuntimeError
        raise ValueError(f"{source_file}: symlink loop or unresolvable path; not read") from exc
    if not inside:
        raise ValueError(f"{source_file}: symlink or path leading outside RAW_DIR; not read")
    if not path.is_file():
        raise ValueError(f"{source_file}: not a regular file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"{source_file}: {size} bytes is larger than the {MAX_BYTES}-byte limit")
    data = path.read_bytes()
    meta_path = path.with_name(path.name[: -len(".txt")] + ".meta.json")
    meta_raw = None
    if meta_path.is_file() and _inside(meta_path, raw_dir):
        meta_raw = meta_path.read_bytes()
    return RawFile(source_file=source_file, data=data, meta_raw=meta_raw)


def fingerprint(raw_dir: Path, source_file: str) -> str:
    """Content hash of a file and its metadata (a changed ``.meta.json`` re-parses the file too)."""
    try:
        raw = read(raw_dir, source_file)
    except (OSError, ValueError) as exc:
        return f"unreadable:{exc}"
    digest = hashlib.sha256(raw.data)
    if raw.meta_raw is not None:
        digest.update(b"\0meta\0" + raw.meta_raw)
    return digest.hexdigest()


class RawDirDiff(NamedTuple):
    """What RAW_DIR holds now against what was seen last time."""

    fingerprints: dict[str, str]  # every file's content fingerprint now
    changed: list[str]  # files new or changed
    removed: list[str]  # files gone
    stats: dict[str, str]  # every file's size and modification time now (``stat_signature``)


RACY_NS = 2_000_000_000  # a file written this recently may change again within one clock tick


def stat_signature(raw_dir: Path, source_file: str) -> str:
    """Size, modification and change times and inode of a file and its metadata: what
    changes when either is written or replaced. Empty when the file cannot be stat'ed or
    was written in the last two seconds (a second write within the file system's clock tick
    would leave the times as they were), so it is read again."""
    parts, newest = [], 0
    for path in (raw_dir / source_file, (raw_dir / source_file).with_suffix(".meta.json")):
        try:
            st = path.stat()
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}")
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
    if parts[0] == "-" or time.time_ns() - newest < RACY_NS:
        return ""
    return "|".join(parts)


def diff(raw_dir: Path, seen: dict[str, str], stats: dict[str, str] | None = None) -> RawDirDiff:
    """Compare RAW_DIR with the fingerprints ``seen`` last time. A file whose size and
    modification time are those in ``stats`` keeps its fingerprint without being read, so
    a scan of an unchanged folder reads no file."""
    stats = stats or {}
    now, signatures = {}, {}
    for key in scan(raw_dir):
        signatures[key] = signature = stat_signature(raw_dir, key)
        unchanged = signature and stats.get(key) == signature and key in seen
        now[key] = seen[key] if unchanged else fingerprint(raw_dir, key)
    changed = [key for key, fp in now.items() if seen.get(key) != fp]
    removed = sorted(set(seen) - set(now))
    return RawDirDiff(now, changed, removed, signatures)
