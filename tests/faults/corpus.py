"""Bad, odd and duplicate raw files for the fault-injection tests, built from the sample.

Every file is created here from the sample transcript or from scratch, so each test
knows exactly what it put under RAW_DIR and what the warehouse must say about it.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

import opencc

from tests.conftest import SAMPLE

SAMPLE_NAME = "000_sample.txt"
SAMPLE_META = SAMPLE.with_name(SAMPLE.name.removesuffix(".txt") + ".meta.json")
MAX_BYTES = 64 * 1024 * 1024  # the documented per-file limit (rawfiles.MAX_BYTES)
SQL_NAME = "x'; drop table staging.documents; --.txt"
QUOTE_NAME = 'quote" and \\ backslash.txt'
ODD_NAMES = ("notes...v2.txt", "line\nbreak.txt")  # Dagster refuses '...' and '\n' in some keys
GBK_NAME = "重庆_gbk.txt".encode("gb18030")  # a file name whose bytes are not UTF-8
GBK_KEY = GBK_NAME.decode("utf-8", "backslashreplace")
SQL_IN_TEXT = "'); drop table staging.sections; --"


@dataclass(frozen=True)
class Expected:
    """What ``marts.dim_source_file`` must say about one file."""

    status: str  # loaded | duplicate | rejected
    reason: str | None = None  # a substring the reason must contain (case-insensitive)
    flag: str | None = None  # a flag the file must carry


SAME_BYTES = f"same bytes as {SAMPLE_NAME}"
SAME_TEXT = f"same text as {SAMPLE_NAME}"
EXPECTED: dict[str, Expected] = {
    SAMPLE_NAME: Expected("loaded"),
    "empty.txt": Expected("rejected", "empty"),
    "blank.txt": Expected("rejected", "whitespace"),
    "random_bytes.txt": Expected("rejected", "binary"),
    "archive.txt": Expected("rejected", "zip"),
    "compressed.txt": Expected("rejected", "gzip"),
    "latin1.txt": Expected("rejected", "encoding"),
    "too_large.txt": Expected("rejected", "limit"),
    "escape.txt": Expected("rejected", "outside RAW_DIR"),
    "linked_dir": Expected("rejected", "outside RAW_DIR"),
    "loop.txt": Expected("rejected", "loop"),
    GBK_KEY: Expected("rejected", "not valid UTF-8"),
    "copy of sample.txt": Expected("duplicate", SAME_BYTES),
    "sample_gb18030.txt": Expected("duplicate", SAME_TEXT),
    "sample_utf16.txt": Expected("duplicate", SAME_TEXT),
    "sample_traditional.txt": Expected("duplicate", SAME_TEXT),
    "2025-07-25_cut.txt": Expected("loaded", flag="truncated"),
    "2025-07-25_badjson.txt": Expected("loaded", flag="meta_invalid"),
    "2025-07-25_baddate.txt": Expected("loaded", flag="meta_invalid"),
    "2025-07-25_metalink.txt": Expected("loaded"),
    SQL_NAME: Expected("loaded"),
    QUOTE_NAME: Expected("loaded"),
    **{name: Expected("loaded") for name in ODD_NAMES},
}
NO_STRUCTURE = "noise.txt"  # rejected for its structure, or loaded and flagged no_structure


def sha256(data: bytes) -> str:
    """The document id of ``data`` (CONTRACT.md: sha256 of the raw bytes)."""
    return hashlib.sha256(data).hexdigest()


def sample_bytes() -> bytes:
    """The sample transcript as stored (UTF-8)."""
    return SAMPLE.read_bytes()


def variant(tag: str) -> bytes:
    """The sample with a closing byline added: the same facts, a different document."""
    return sample_bytes().rstrip() + f"\n\n（本报记者 {tag}）\n".encode()


def cut_inside_character(data: bytes, near: float = 0.6) -> bytes:
    """``data`` cut after the first byte of a multi-byte UTF-8 character near ``near``."""
    at = int(len(data) * near)
    while data[at] < 0xC0:  # move to a lead byte
        at += 1
    return data[: at + 1]


def write_meta(raw: Path, name: str, content: str | dict | None = None) -> None:
    """``NAME.meta.json`` beside ``name``: the sample's by default; a string is written
    as is (malformed on purpose)."""
    if content is None:
        text = SAMPLE_META.read_text(encoding="utf-8")
    else:
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    (raw / (name.removesuffix(".txt") + ".meta.json")).write_text(text, encoding="utf-8")


def add_sample(raw: Path, name: str = SAMPLE_NAME) -> None:
    """The sample with its metadata under ``name``."""
    (raw / name).write_bytes(sample_bytes())
    write_meta(raw, name)


def add_variants(raw: Path, count: int) -> list[str]:
    """``count`` distinct documents with the sample's facts and metadata; their names."""
    names = [f"variant_{no:03d}.txt" for no in range(count)]
    for no, name in enumerate(names):
        (raw / name).write_bytes(variant(f"第{no}号"))
        write_meta(raw, name)
    return names


def _zip_of(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("transcript.txt", data)
    return buffer.getvalue()


def bad_input(raw: Path, outside: Path) -> bytes:
    """Write every file of ``EXPECTED`` (and ``NO_STRUCTURE``) into ``raw``, with link
    targets in ``outside``, a folder beside it; returns the bytes kept outside, which
    must never be read."""
    sample = sample_bytes()
    text = sample.decode("utf-8")
    add_sample(raw)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n   \n\xe3\x80\x80\n",  # ends with a full-width space
        "random_bytes.txt": random.Random(8).randbytes(4096),
        "archive.txt": _zip_of(sample),
        "compressed.txt": gzip.compress(sample, mtime=0),
        "latin1.txt": "Ölpreis über 80 € – Straße, Größe; ÿ þ ø\n".encode("cp1252") * 40,
        NO_STRUCTURE: "—— · —— · ——\n\n* * *\n\n——\n".encode() * 20,
        "copy of sample.txt": sample,
        "sample_gb18030.txt": text.encode("gb18030"),
        "sample_utf16.txt": text.encode("utf-16"),
        "sample_traditional.txt": opencc.OpenCC("s2t").convert(text).encode("utf-8"),
        "2025-07-25_cut.txt": cut_inside_character(variant("cut")),
        "2025-07-25_badjson.txt": variant("badjson"),
        "2025-07-25_baddate.txt": variant("baddate"),
        "2025-07-25_metalink.txt": variant("metalink"),
        SQL_NAME: variant(SQL_IN_TEXT),
        QUOTE_NAME: variant('"quoted" \\'),
        **{name: variant(f"name {no}") for no, name in enumerate(ODD_NAMES)},
    }
    for name, data in files.items():
        (raw / name).write_bytes(data)
    for name in ("copy of sample.txt", "sample_gb18030.txt", "sample_utf16.txt", "sample_traditional.txt"):
        write_meta(raw, name)
    for name in (SQL_NAME, QUOTE_NAME, *ODD_NAMES):
        write_meta(raw, name)
    write_meta(raw, "2025-07-25_badjson.txt", '{"published": "2025-07-25", "source": 重庆日报')
    write_meta(raw, "2025-07-25_baddate.txt", {"published": "2025-02-30", "source": "重庆日报"})
    with open(os.path.join(os.fsencode(raw), GBK_NAME), "wb") as handle:
        handle.write(variant("gbk"))
    with open(raw / "too_large.txt", "wb") as handle:  # sparse: no disk used
        handle.truncate(MAX_BYTES + 1)
    secret = variant("secret")
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_bytes(secret)
    (outside / "inner.txt").write_bytes(secret)
    (outside / "secret.meta.json").write_text('{"published": "2031-01-01", "source": "outside"}')
    os.symlink(outside / "secret.txt", raw / "escape.txt")
    os.symlink(outside, raw / "linked_dir")
    os.symlink(raw / "loop.txt", raw / "loop.txt")
    os.symlink(outside / "secret.meta.json", raw / "2025-07-25_metalink.meta.json")
    return secret
