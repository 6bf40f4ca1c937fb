"""Great Expectations Data Docs that work from ``file://`` with no network.

GX writes its pages to load Bootstrap, jQuery, bootstrap-table, Font Awesome, Vega and its
logo from public CDNs; offline, the pages are unstyled and their tables, which the script
fills from data written into the page, stay empty. After every build this module removes
those references and writes into each page a small stylesheet and a script of our own
(``offline_docs.css``, ``offline_docs.js``) that draw the same tables from the same data.
Nothing is fetched: links to outside pages stay links.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent
MARK = "<!-- offline data docs -->"

REMOTE_SCRIPT = re.compile(r"<script\b[^>]*\bsrc=[\"']https?://[^\"']*[\"'][^>]*>\s*</script>\s*", re.I)
REMOTE_STYLE = re.compile(r"<link\b[^>]*\bhref=[\"']https?://[^\"']*[\"'][^>]*>\s*", re.I)
REMOTE_IMAGE = re.compile(r"<img\b(?=[^>]*\bsrc=[\"']https?://)[^>]*>", re.I | re.S)
REMOTE_URL_IN_STYLE = re.compile(r"url\(\s*[\"']?https?://[^)]*\)", re.I)
ALT = re.compile(r"\balt=[\"']([^\"']*)[\"']", re.I)


def _image_as_text(match: re.Match[str]) -> str:
    alt = ALT.search(match.group(0))
    return f'<span class="offline-image">{alt.group(1) if alt else ""}</span>'


def make_offline(html: str) -> str:
    """One page without remote scripts, styles and images, with the local ones written in."""
    if MARK in html:
        return html
    html = REMOTE_SCRIPT.sub("", html)
    html = REMOTE_STYLE.sub("", html)
    html = REMOTE_IMAGE.sub(_image_as_text, html)
    html = REMOTE_URL_IN_STYLE.sub("none", html)
    style = (HERE / "offline_docs.css").read_text(encoding="utf-8")
    script = (HERE / "offline_docs.js").read_text(encoding="utf-8")
    local = f"{MARK}\n<style>\n{style}</style>\n<script>\n{script}</script>\n"
    head = re.search(r"<head\b[^>]*>", html, re.I)
    at = head.end() if head else 0
    return html[:at] + "\n" + local + html[at:]


def make_docs_offline(docs_dir: str | Path) -> int:
    """Rewrite every Data Docs page under ``docs_dir`` not rewritten yet; returns how many."""
    changed = 0
    for page in Path(docs_dir).rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        offline = make_offline(html)
        if offline != html:
            page.write_text(offline, encoding="utf-8")
            changed += 1
    return changed
