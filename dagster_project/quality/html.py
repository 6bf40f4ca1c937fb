"""The report's HTML pieces: its style, tables of rows, and a page around them."""

from __future__ import annotations

from html import escape

import duckdb

STYLE = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Source Han Sans SC",sans-serif;
margin:24px;color:#222}
table{border-collapse:collapse;margin:8px 0 18px;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;
vertical-align:top}th{background:#f3f3f3}.fail{color:#b00020;font-weight:bold}.ok{color:#1b7a1b}
section.doc{border-top:3px solid #4e79a7;margin-top:28px}.muted{color:#777}
"""


def rows_of(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    try:
        cursor = con.execute(sql, params or [])
    except duckdb.CatalogException:
        return []
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def table(
    rows: list[dict], columns: list[tuple[str, str]], empty: str = "none", raw: tuple[str, ...] = ()
) -> str:
    """An HTML table of ``rows``; values are escaped except in the ``raw`` columns (links
    built here)."""
    if not rows:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(title)}</th>" for _, title in columns)

    def cell(r: dict, k: str) -> str:
        value = "" if r.get(k) is None else str(r.get(k))
        return value if k in raw else escape(value)

    body = "".join("<tr>" + "".join(f"<td>{cell(r, k)}</td>" for k, _ in columns) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def page(title: str, body: list[str]) -> str:
    return "\n".join(
        [
            '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
            *body,
            "</body></html>",
        ]
    )
