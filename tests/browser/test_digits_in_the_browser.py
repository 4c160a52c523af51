"""Numbers the browser writes are in the digits the server writes for the language:
Persian digits in Persian, Latin digits (0-9) in Arabic (forms/kit/numbers.py),
here in GOV.UK Frontend's character count. The time-out countdown is checked in
test_session_timeout.py, which shortens the time-out."""

from __future__ import annotations

import re

import pytest

from tests.support.browser import ARABIC_INDIC_BY_DEFAULT
from tests.support.tabs import sign_in_in_browser

pytestmark = pytest.mark.browser
PARENT = "parent@example.org"
LATIN, ARABIC_INDIC, PERSIAN = "[0-9]", "[٠-٩]", "[۰-۹]"
DIGITS = {"fa": (PERSIAN, [LATIN, ARABIC_INDIC]), "ar": (LATIN, [PERSIAN, ARABIC_INDIC])}


def digits_are(text: str, language: str) -> None:
    wanted, unwanted = DIGITS[language]
    assert re.search(wanted, text), f"{language}: {text!r} has the language's digits"
    for other in unwanted:
        assert not re.search(other, text), f"{language}: {text!r} mixes digit systems"


def open_a_counted_box(tab, language: str) -> None:  # type: ignore[no-untyped-def]
    tab.add_init_script(ARABIC_INDIC_BY_DEFAULT)
    sign_in_in_browser(tab, f"/account/request/who?lang={language}", PARENT)
    tab.locator("input[value=parent_carer]").check()
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()
    draft = tab.url.rstrip("/").rsplit("/", 1)[-1]
    tab.goto(f"/account/request/{draft}/needs/description")


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_character_count_writes_the_languages_digits(page, language: str) -> None:  # type: ignore[no-untyped-def]
    open_a_counted_box(page, language)
    assert page.evaluate("new Intl.NumberFormat('ar').format(10)") == "١٠", "the emulation"
    status = page.locator(".govuk-character-count__status")
    page.locator("textarea").fill("")
    page.locator("textarea").press_sequentially("He likes trains and quiet rooms.")
    page.wait_for_timeout(1200)  # GOV.UK Frontend updates the visible count after a pause
    shown = status.inner_text()
    digits_are(shown, language)
    hidden = page.locator(".govuk-character-count__sr-status").text_content() or ""
    digits_are(hidden, language)
    assert page.locator("html").get_attribute("lang") == language, "the page keeps its code"


# How each language groups thousands: the browser with the server's numbering system
# (fa-u-nu-arabext, ar-u-nu-latn), and the server (forms/kit/numbers.py).
GROUPING = {"fa": "\u066c", "ar": ","}


def separators(text: str) -> set[str]:
    return set(re.findall(r"\d(\D)\d{3}(?!\d)", text))


def hint_and_count(page, language: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A counted box's hint as the server wrote it, and its count as the browser writes
    it once something is typed."""
    open_a_counted_box(page, language)
    box = page.locator("textarea").get_attribute("id")
    server = page.locator(f"#{box}-info").text_content() or ""
    page.locator("textarea").fill("")
    page.locator("textarea").press_sequentially("Hi")
    page.wait_for_timeout(1200)
    return server, page.locator(".govuk-character-count__status").inner_text()


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_browser_groups_thousands_as_the_server_does(page, language: str) -> None:  # type: ignore[no-untyped-def]
    """The hint the server writes ("up to 3,000 characters") and the count the browser
    writes ("2,998 characters remaining") group thousands with the same mark."""
    server, browser = hint_and_count(page, language)
    assert separators(server) == {GROUPING[language]}, server
    assert separators(browser) == {GROUPING[language]}, browser


@pytest.mark.parametrize("language", ["pl", "bg"])
def test_a_four_digit_limit_is_written_as_the_count_writes_it(page, language: str) -> None:  # type: ignore[no-untyped-def]
    """Polish and Bulgarian put no space in a four-digit number (CLDR's minimum grouping
    digits is 2: "3000", but "30 000"); the hint's limit and the count agree on it."""
    server, browser = hint_and_count(page, language)
    limit = re.search(r"\d[\d\s]*\d", server)
    assert limit is not None, server
    digits = re.sub(r"\D", "", limit[0])
    written = page.evaluate(f"new Intl.NumberFormat('{language}').format({digits})")
    assert limit[0] == written, f"hint {server!r}, browser writes the limit {written!r}"
    assert separators(server) == set() == separators(browser), (server, browser)


@pytest.mark.parametrize(("language", "style"), [("fa", "persian"), ("ar", "decimal")])
def test_numbered_lists_count_in_the_languages_digits(page, language: str, style: str) -> None:  # type: ignore[no-untyped-def]
    """A tester read a Persian case page's steps numbered 1. 2. 3. among Persian digits."""
    page.goto(f"/?lang={language}")
    counted = page.evaluate(
        """() => {
            const list = document.createElement("ol")
            list.className = "govuk-list govuk-list--number"
            list.innerHTML = "<li>a</li><li>b</li>"
            document.querySelector("main").append(list)
            return getComputedStyle(list).listStyleType
        }"""
    )
    assert counted == style
