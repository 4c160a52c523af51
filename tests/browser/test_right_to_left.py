"""Right-to-left pages as an Arabic or Persian reader sees them: left-to-right values
(a phone number) read in their own order, and "Why we ask for this" opens the right way."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PHONE = "+44 7700 900982"


@pytest.fixture
def arabic_family(browser, base_url: str):  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    sign_in_in_browser(tab, "/account/", "second.parent@example.org")
    tab.goto("/account/request/who?lang=ar")
    tab.locator("input[value=parent_carer]").check()
    tab.locator("main form button[type=submit]").click()
    yield tab
    tab.context.close()


def _x_of(tab, selector: str, character: str) -> float:  # type: ignore[no-untyped-def]
    """Where on screen (from the left) the first `character` inside `selector` is drawn."""
    return tab.evaluate(
        """([selector, character]) => {
            const root = document.querySelector(selector);
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(character);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + 1);
                    return range.getBoundingClientRect().left;
                }
            }
            return null;
        }""",
        [selector, character],
    )


def test_a_phone_number_reads_left_to_right_on_check_your_answers(arabic_family) -> None:  # type: ignore[no-untyped-def]
    tab = arabic_family
    task_list = tab.url
    tab.goto(f"{task_list}you/contact")
    phone = tab.locator("input[name=phone]")
    assert phone.get_attribute("dir") == "ltr"
    assert tab.locator("input[name=email]").get_attribute("dir") == "ltr"
    tab.locator("input[name=email]").fill("anna@example.org")
    phone.fill(PHONE)
    tab.locator("main form button[type=submit]").last.click()
    tab.goto(f"{task_list}check")
    row = tab.locator(".govuk-summary-list__row", has_text="900982")
    row.first.evaluate("row => row.setAttribute('data-phone-row', '')")
    plus = _x_of(tab, "[data-phone-row] dd", "+")
    last = _x_of(tab, "[data-phone-row] dd", "2")
    assert plus is not None and last is not None
    assert plus < last, "the + of the phone number is drawn at its left, as it is written"


def test_why_we_ask_points_into_the_text_and_has_no_stray_block(arabic_family, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab = arabic_family
    tab.goto(f"{tab.url}you/contact")
    details = tab.locator("details.portal-why").first
    summary = details.locator("summary")
    closed = summary.evaluate(
        """s => { const c = getComputedStyle(s, '::before');
                  return [c.borderLeftWidth, c.borderRightWidth, c.right, c.left]; }"""
    )
    tab.screenshot(path=str(tmp_path / "why-we-ask-ar.png"), full_page=True)
    border_left, border_right, _right, _left = closed
    assert border_left == "0px" and border_right != "0px", (
        f"closed marker should point left (towards the text) in Arabic: {closed}"
    )
    assert details.evaluate("d => getComputedStyle(d).borderRightWidth") == "0px", (
        "no grey block beside the summary"
    )
    summary.click()
    opened = summary.evaluate(
        "s => { const c = getComputedStyle(s, '::before'); return c.borderTopWidth; }"
    )
    assert opened != "0px", "open marker points down"


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_feedback_form_does_not_scroll_sideways(page, language: str) -> None:  # type: ignore[no-untyped-def]
    """Its field for robots stays out of sight on the left of the page, which in a
    right-to-left page is room to scroll into."""
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"/feedback/?lang={language}")
        wide = page.evaluate("document.scrollingElement.scrollWidth")
        assert wide <= width, f"{width} px screen, page {wide} px wide"
    shown = page.locator("form input[name=website]").evaluate(
        """box => {
            const seen = box.parentElement.getBoundingClientRect()
            const middle = box.getBoundingClientRect()
            const there = document.elementFromPoint(
                middle.left + middle.width / 2, middle.top + middle.height / 2)
            return {width: seen.width, height: seen.height, clickable: there === box}
        }"""
    )
    assert shown == {"width": 1, "height": 1, "clickable": False}, "out of sight"
    heard = page.get_by_role("textbox").evaluate_all("boxes => boxes.map(box => box.id)")
    assert "website" not in heard and "could_be_better" in heard, "and of hearing"
    page.locator("#could_be_better").focus()
    reached = set()
    for _ in range(12):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.name || document.activeElement.id"))
    assert "website" not in reached, "and of the keyboard"
