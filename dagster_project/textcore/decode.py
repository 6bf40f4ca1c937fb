"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

A file that is not text (empty, binary, an archive renamed ``.txt``, bytes valid in
none of these encodings) is rejected with a reason naming the file. A file cut
inside a multi-byte character loads what it can and is marked truncated.
"""

from __future__ import annotations

import codecs

from dagster_project.textcore.models import DecodedText, RejectedDocument
from dagster_project.textcore.normalize import is_traditional, normalize

MAGIC = {
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7z archive",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
}
BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
MAX_TRUNCATED_BYTES = 3  # a character cut at the end of a file leaves at most this many bytes


def _decode_prefix(data: bytes, encoding: str) -> tuple[str, bool] | None:
    """Decode strictly; a failure only in the last few bytes means the file was cut."""
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - MAX_TRUNCATED_BYTES and exc.reason in (
            "unexpected end of data",
            "incomplete multibyte sequence",
            "truncated data",
        ):
            return data[: exc.start].decode(encoding), True
        if encoding == "gb18030" and exc.start >= len(data) - MAX_TRUNCATED_BYTES:
            return data[: exc.start].decode(encoding), True
        return None


def decode_bytes(data: bytes, source_file: str) -> DecodedText:
    """Decode a raw file; raises ``RejectedDocument`` naming the file and the reason."""
    if not data.strip():
        raise RejectedDocument(f"{source_file}: empty or whitespace-only file")
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            raise RejectedDocument(f"{source_file}: binary file ({kind}), not text")
    decoded = None
    for bom, encoding in BOMS:
        if data.startswith(bom):
            decoded = _decode_prefix(data, encoding)
            if decoded is None:
                raise RejectedDocument(
                    f"{source_file}: starts with a {encoding} byte-order mark but is not {encoding}"
                )
            encoding_used = "utf-16" if encoding == "utf-16" else "utf-8-sig"
            break
    else:
        if b"\x00" in data:
            raise RejectedDocument(f"{source_file}: binary file (NUL bytes), not text")
        for encoding in ("utf-8", "gb18030"):
            decoded = _decode_prefix(data, encoding)
            if decoded is not None:
                encoding_used = encoding
                break
    if decoded is None:
        raise RejectedDocument(f"{source_file}: unknown encoding (not UTF-8, UTF-16 with BOM or GB18030)")
    text, truncated = decoded
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:10000] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(5, len(text[:10000]) // 100):
        raise RejectedDocument(f"{source_file}: binary file (control characters), not text")
    if not text.strip():
        raise RejectedDocument(f"{source_file}: empty or whitespace-only file")
    return DecodedText(
        text=text,
        norm=normalize(text),
        encoding=encoding_used,
        script="traditional" if is_traditional(text) else "simplified",
        truncated=truncated,
    )
