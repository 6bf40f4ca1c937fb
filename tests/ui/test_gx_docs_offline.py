"""The Great Expectations Data Docs read from ``file://`` in headless Chromium with the
network blocked: styled, their tables drawn, and nothing asked of the network."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from dagster_project.quality.offline_docs import make_offline

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def _open_offline(browser: Browser, url: str) -> tuple:
    context = browser.new_context()
    asked: list[str] = []

    def block(route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            asked.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url, wait_until="load")
    return context, page, asked, errors


def test_data_docs_render_with_the_network_blocked(sample_run, browser: Browser) -> None:
    ws, _ = sample_run
    docs = ws.reports / "gx"
    index = docs / "index.html"
    context, page, asked, errors = _open_offline(browser, index.as_uri())
    try:
        rows = page.locator("table[data-toggle=table] tbody tr")
        assert rows.count() >= 6  # one validation per suite, at least
        icon = rows.first.locator(".fa-check-circle").evaluate("i => getComputedStyle(i, '::before').content")
        assert icon == '"✔"'  # the success icon, without the icon font
        border = page.locator("table[data-toggle=table] td").first.evaluate(
            "td => getComputedStyle(td).borderTopStyle"
        )
        assert border == "solid"  # styled by the stylesheet written into the page
        with page.expect_navigation():
            rows.first.click()  # a row opens its validation, as with the network
        assert "/validations/" in page.url
        assert page.locator("table").count() > 0 and page.locator("td").count() > 0
    finally:
        context.close()
    assert asked == [] and errors == [], (asked[:5], errors[:5])
    pages = list(docs.rglob("*.html"))
    assert pages and not any("https://unpkg.com" in p.read_text(encoding="utf-8") for p in pages)


def test_a_page_is_rewritten_once_and_keeps_its_links() -> None:
    page = (
        '<html><head><script src="https://code.jquery.com/jquery.js"></script>'
        '<link rel="stylesheet" href="https://cdn.example/b.css"/></head><body>'
        '<img src="https://assets.example/logo.png" alt="Great Expectations"/>'
        '<a href="https://greatexpectations.io">site</a>'
        "<div style=\"background: url('https://assets.example/x.png') 0 0\">x</div></body></html>"
    )
    offline = make_offline(page)
    assert "code.jquery.com" not in offline and "cdn.example" not in offline
    assert "assets.example" not in offline
    assert '<span class="offline-image">Great Expectations</span>' in offline
    assert '<a href="https://greatexpectations.io">site</a>' in offline  # a link fetches nothing
    assert offline.index("window.$ = window.jQuery") < offline.index("<body>")
    assert make_offline(offline) == offline
