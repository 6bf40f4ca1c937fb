"""``NAME.meta.json``: published date, source, title and region, every key optional."""

from __future__ import annotations

import json
from datetime import date

from dagster_project.textcore.models import DocumentMeta


def parse_meta(raw: bytes | None, source_file: str) -> tuple[DocumentMeta, list[str]]:
    """Read the metadata; malformed JSON or an impossible date is flagged, never raised."""
    if raw is None:
        return DocumentMeta(), []
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return DocumentMeta(), ["meta_invalid"]
    if not isinstance(data, dict):
        return DocumentMeta(), ["meta_invalid"]
    flags: list[str] = []
    published = None
    if data.get("published") is not None:
        try:
            published = date.fromisoformat(str(data["published"])[:10])
        except ValueError:
            flags.append("meta_invalid")
    strings = {
        k: data[k] if isinstance(data.get(k), str) and data[k].strip() else None
        for k in ("source", "title", "region")
    }
    return DocumentMeta(published=published, **strings), flags
