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
    row = tab.locator(".govuk-summary-list__row", has_text="900 982")
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


# Which way a chevron drawn by its top and right borders (as GOV.UK Frontend draws the
# back link's and breadcrumbs') points once its transform is applied: -1 left, 1 right.
POINTS = """el => {
    const c = getComputedStyle(el, '::before');
    const drawn = [c.borderTopWidth, c.borderRightWidth, c.borderBottomWidth, c.borderLeftWidth];
    if (drawn.join() !== [drawn[0], drawn[0], '0px', '0px'].join() || drawn[0] === '0px') {
        return 'not drawn by its top and right borders: ' + drawn.join(' ');
    }
    const m = new DOMMatrixReadOnly(c.transform === 'none' ? undefined : c.transform);
    const corner = m.transformPoint(new DOMPoint(1, -1));
    return Math.sign(Math.round(corner.x * 1000));
}"""


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_back_link_chevron_points_right_in_a_right_to_left_page(page, language: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"/account/request/professionals?lang={language}")
    back = page.locator(".govuk-back-link")
    assert back.evaluate(POINTS) == 1, "back, in a right-to-left page, is to the right"
    chevron_side = back.evaluate(
        "el => [getComputedStyle(el, '::before').right, getComputedStyle(el).paddingRight]"
    )
    assert chevron_side[1] != "0px", f"room for the chevron on the right: {chevron_side}"
    page.goto("/account/request/professionals?lang=en")
    assert page.locator(".govuk-back-link").evaluate(POINTS) == -1, "and left in English"


# Which way an arrow icon (GOV.UK Frontend draws "previous" pointing left and "next"
# pointing right) points as shown: its drawn direction times the sign of its x scale.
FLIPPED = """el => {
    const transform = getComputedStyle(el).transform;
    return Math.sign(new DOMMatrixReadOnly(transform === 'none' ? undefined : transform).a);
}"""


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_previous_and_next_page_arrows_point_the_way_the_pages_go(  # type: ignore[no-untyped-def]
    browser, base_url: str, language: str
) -> None:
    """On a list of pages, "previous" sits on the right of a right-to-left page, so its
    arrow points right, each arrow on the outer side of its words; "next" the reverse."""
    tab = new_tab(browser, base_url)
    sign_in_in_browser(tab, "/account/", "second.parent@example.org")
    for _ in range(27):  # each look at "Your data" is recorded: more than a page of them
        assert tab.request.get("/account/your-data").ok
    tab.goto(f"/account/your-data/who-has-looked?lang={language}")
    icon = tab.locator(".govuk-pagination__icon--next")
    assert icon.evaluate(FLIPPED) == -1, "next, to the left, points left"
    title = tab.locator(".govuk-pagination__next .govuk-pagination__link-title")
    assert _left_of(icon, title), "the arrow on the outer (left) side of 'next'"
    tab.goto(f"/account/your-data/who-has-looked?page=2&lang={language}")
    icon = tab.locator(".govuk-pagination__icon--prev")
    assert icon.evaluate(FLIPPED) == -1, "previous, to the right, points right"
    title = tab.locator(".govuk-pagination__prev .govuk-pagination__link-title")
    assert _left_of(title, icon), "the arrow on the outer (right) side of 'previous'"
    tab.context.close()


def _left_of(first, second) -> bool:  # type: ignore[no-untyped-def]
    a, b = first.bounding_box(), second.bounding_box()
    return bool(a and b and a["x"] + a["width"] <= b["x"] + 1)


# Where a list's first item and the heading before it start and end on the screen.
BESIDE_ITS_HEADING = """list => {
    let heading = list.previousElementSibling;
    while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    const item = list.querySelector('li').getBoundingClientRect();
    const title = heading.getBoundingClientRect();
    return {left: item.left - title.left, right: title.right - item.right};
}"""


# "Your cases"; "If you need help" (the council's email, telephone and hours); "Cases
# you can see".
@pytest.mark.parametrize("path", ["/account/", "/", "/account/your-data"])
def test_a_plain_list_lines_up_with_its_heading_in_arabic(  # type: ignore[no-untyped-def]
    browser, base_url: str, path: str
) -> None:
    """GOV.UK Frontend takes away a list's padding on the left only: in a right-to-left
    page the browser's own 40 px fell on the right, pushing every plain list inwards."""
    tab = new_tab(browser, base_url)
    sign_in_in_browser(tab, "/account/", "second.parent@example.org")
    tab.goto(f"{path}?lang=ar")
    plain = tab.locator(
        "main ul.govuk-list:not(.govuk-list--bullet):not(.govuk-list--number):has(li)"
    )
    assert plain.count() >= 1
    for at in range(plain.count()):
        offsets = plain.nth(at).evaluate(BESIDE_ITS_HEADING)
        assert abs(offsets["right"]) <= 1, f"{path}: a list {offsets['right']} px in from the right"
    bulleted = tab.locator("main ul.govuk-list--bullet:has(li)")
    for at in range(bulleted.count()):
        offsets = bulleted.nth(at).evaluate(BESIDE_ITS_HEADING)
        assert offsets["right"] >= 15, f"{path}: bullets keep their indent, on the right"
    tab.goto("/?lang=en")
    tab.context.close()


def test_english_typed_into_a_box_reads_left_to_right_in_arabic(arabic_family) -> None:  # type: ignore[no-untyped-def]
    """ "12 Church Road" typed into the address showed as "Church Road 12": each box
    follows the direction of what is typed in it."""
    tab = arabic_family
    task_list = tab.url
    tab.goto(f"{task_list}child/address")
    line = tab.locator("input[name=address_line_1]")
    assert line.get_attribute("dir") == "auto"
    assert tab.locator("input[name=address_postcode]").get_attribute("dir") == "ltr"
    line.fill("")
    line.type("12 Church Road")
    box = line.bounding_box()
    assert box is not None
    # A click on the first letters of what is typed, at the box's left, puts the cursor
    # before the "12" only where "12" is drawn there.
    line.click(position={"x": 12, "y": box["height"] / 2})
    assert line.evaluate("box => box.selectionStart") <= 1, "the 12 at the left"
    assert line.evaluate("box => getComputedStyle(box).direction") == "ltr"
    tab.goto(f"{task_list}needs/description")
    assert tab.locator("textarea[name=description]").get_attribute("dir") == "auto"


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_a_tables_first_column_starts_at_its_right_edge(
    browser, base_url: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    """A tester saw "Your data"'s headings in Persian sit 20 px in from the table's right
    edge: GOV.UK's gap after each column, on its right, had not moved to its left."""
    tab = new_tab(browser, base_url)
    sign_in_in_browser(tab, "/account/", "second.parent@example.org")
    tab.goto(f"/account/your-data/who-has-looked?lang={language}")
    table = tab.locator("main table.govuk-table").first
    edges = table.evaluate(
        """table => {
            const right = el => {
                const style = getComputedStyle(el);
                return el.getBoundingClientRect().right - parseFloat(style.paddingRight);
            };
            const first = row => row.querySelector("th, td");
            const header = first(table.tHead.rows[0]);
            const cell = first(table.tBodies[0].rows[0]);
            return {table: table.getBoundingClientRect().right, header: right(header),
                    cell: right(cell)};
        }"""
    )
    assert abs(edges["header"] - edges["table"]) <= 1, edges
    assert abs(edges["cell"] - edges["table"]) <= 1, edges
    tab.goto("/?lang=en")
    tab.context.close()
