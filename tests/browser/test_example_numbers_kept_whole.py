"""What testers met on a phone (320 px): an example phone number in a hint or an error
message broken across two lines, "07700 900" on one and "982" on the next, so a parent
copying its shape could not tell where it ended. Each example number stays whole, in
English and in Arabic, in the hint, the message by the box and the error summary."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, request_started, send

pytestmark = pytest.mark.browser

PHONE_LINES = """element => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  const found = []
  while (walker.nextNode()) {
    const node = walker.currentNode
    for (const match of node.data.matchAll(/(\\+[0-9]{2}|0[0-9]{3,4})( [0-9]+)+/g)) {
      const range = document.createRange()
      range.setStart(node, match.index)
      range.setEnd(node, match.index + match[0].length)
      found.push([match[0], new Set([...range.getClientRects()].map(r => Math.round(r.top))).size])
    }
  }
  return found
}"""


def numbers_on_lines(tab) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Each example phone number on the page, with how many lines it is drawn on."""
    return [tuple(found) for found in tab.locator("main").evaluate(PHONE_LINES)]


def refused_with_numbers_whole(tab, box: str, typed: str, what: str, language: str) -> None:  # type: ignore[no-untyped-def]
    """Type a number the page refuses, send it, and check its example numbers: in the hint,
    the message by the box and the summary, two each, every one on a single line."""
    tab.locator(box).fill(typed)
    send(tab)
    assert tab.locator(".govuk-error-summary").count() == 1
    shown = numbers_on_lines(tab)
    assert len(shown) >= 6, shown
    assert [number for number, lines in shown if lines > 1] == [], shown
    check_accessible(tab, f"{what}, at 320 px", language)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_example_phone_numbers_stay_whole_on_a_phone(people, language: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.set_viewport_size({"width": 320, "height": 800})
    try:
        family.goto(f"/account/contact-preferences?lang={language}")
        family.locator("input[name=channels][value=sms]").check()
        refused_with_numbers_whole(
            family, "#mobile", "020 8359 2000", "a mobile number refused", language
        )
        task_list = request_started(family)
        family.goto(f"{task_list}you/contact?lang={language}")
        refused_with_numbers_whole(
            family, "[name=phone]", "12345", "a phone number refused", language
        )
    finally:
        family.set_viewport_size({"width": 1280, "height": 800})
        family.goto("/account/?lang=en")
