"""A young person gave her annual review views in Persian, with a report named and
described in Persian. On the review page in English each answer sat at the left, as
English does, its wrapped last line ".درس کمکم می‌کند" with the full stop at the line's
start. What a person wrote reads as a paragraph in its own direction, wherever a family
sees it: on the review page and in "Your data", a Persian answer starts at the right. And
everything she typed (answers, descriptions, file names) is isolated in its own direction
(`dir="auto"` or `<bdi>`) on every page that shows it: the page asking before a file is
removed named the file inside its English question, and a request's check page listed
its documents' names bare.

Giving views changes the demonstration case, so the portal runs here on a database of
its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.files import image
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "young.student@example.org"
ANSWERS = {
    "working": "کلاس هنر را خیلی دوست دارم. یادداشت‌های درس کمکم می‌کند.",
    "not_working": "بحث‌های گروهی خسته‌کننده است.",
    "changed": "امسال سمعک جدید گرفتم.",
}
FILE = "نامه معلم ناشنوایان.png"
DESCRIPTION = "نامه معلم، آذر ۱۴۰۵"
# A part of each thing she typed, to find it on a page.
TYPED = ["کلاس هنر", "بحث‌های گروهی", "سمعک جدید", "نامه معلم"]

# Each paragraph of Persian in the cells: how far each of its lines ends from the cell's
# right edge (0 where it starts there, as Persian does).
LINE_ENDS = """selector => [...document.querySelectorAll(selector)]
  .filter(cell => /[\\u0600-\\u06FF]/.test(cell.innerText))
  .map(cell => {
    const ends = {};
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(walker.currentNode);
      for (const line of range.getClientRects()) {
        if (!line.width) continue;
        const key = Math.round(line.bottom);
        ends[key] = Math.max(ends[key] ?? -Infinity, line.right);
      }
    }
    const box = cell.getBoundingClientRect();
    const right = box.right - parseFloat(getComputedStyle(cell).paddingRight);
    const gaps = Object.values(ends).map(end => Math.round(right - end));
    return {text: cell.innerText.trim(), gaps: gaps};
  })"""

# The text nodes of the main content, shown on the page, holding something she typed
# and not isolated in a direction of its own.
BARE = """typed => {
  const main = document.querySelector('main');
  const bare = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!typed.some(part => node.data.includes(part))) continue;
    if (node.parentElement.closest('.govuk-visually-hidden')) continue;
    const own = node.parentElement.closest('bdi, [dir]');
    const dir = own && own.getAttribute('dir');
    const isolated = own && main.contains(own)
      && (dir === 'auto' || (own.tagName === 'BDI' && !dir));
    if (!isolated) bare.push(node.data.trim());
  }
  return bare;
}"""


@pytest.fixture(scope="module")
def her(browser, own_portal: tuple[Flask, str]) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """Her tab, once she has given her views in Persian with a report, and added the same
    file to a request of her own: the addresses of its pages in `her.pages`."""
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    tab.set_viewport_size({"width": 390, "height": 844})
    views = f"/account/cases/{demo.OWN_REVIEW}/annual-review/views?lang=fa"
    sign_in_in_browser(tab, views, PERSON)
    tab.goto(views)
    for name, text in ANSWERS.items():
        tab.locator(f"textarea[name={name}]").fill(text)
    send(tab)
    reports = tab.url.split("?")[0]
    _add_file(tab)
    remove = tab.locator("main .govuk-summary-list__actions a").first.get_attribute("href")

    tab.goto("/account/request/who")
    tab.locator("input[value=young_person]").check()
    send(tab)
    request = tab.url.split("?")[0]
    tab.goto(f"{request}documents")
    _add_file(tab)
    tab.pages = {
        "reports": reports,
        "remove": remove,
        "review": f"/account/cases/{demo.OWN_REVIEW}/annual-review",
        "your data": "/account/your-data",
        "your views": "/account/your-data/review-views",
        "your documents": "/account/your-data/documents",
        "request's documents": f"{request}documents",
        "request's check page": f"{request}check",
    }
    yield tab
    tab.context.close()


def _add_file(tab) -> None:  # type: ignore[no-untyped-def]
    tab.locator("input[type=file]").set_input_files(
        {"name": FILE, "mimeType": "image/png", "buffer": image("PNG")}
    )
    tab.locator("[name=description]").fill(DESCRIPTION)
    send(tab, tab.locator("main form button[type=submit]"))


@pytest.mark.parametrize(
    ("page", "cells"),
    [
        ("review", "main .portal-review-views [id^=views-]:not(#views-reports)"),
        ("your data", "main dd.govuk-summary-list__value"),
    ],
)
def test_persian_answers_start_at_the_right_on_an_english_page(her, page: str, cells: str) -> None:  # type: ignore[no-untyped-def]
    her.goto(f"{her.pages[page]}?lang=en")
    found = her.evaluate(LINE_ENDS, cells)
    assert len(found) >= len(ANSWERS), found
    for cell in found:
        assert all(abs(gap) <= 2 for gap in cell["gaps"]), cell


@pytest.mark.parametrize("language", ["en", "fa"])
def test_what_she_typed_is_isolated_on_every_page(her, language: str) -> None:  # type: ignore[no-untyped-def]
    for page, address in her.pages.items():
        her.goto(f"{address}?lang={language}")
        assert any(part in her.locator("main").inner_text() for part in TYPED), page
        assert her.evaluate(BARE, TYPED) == [], (page, language)
