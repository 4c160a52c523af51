"""Signing out in a real browser ends on "You have signed out", for families and staff.

Chromium applies the page's CSP `form-action` to the redirects that follow a form's
submission, so a sign-out that redirects to the provider's end-session endpoint on
another origin is silently blocked unless the policy allows that origin.
"""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import finish_signing_out, new_tab, sign_in_in_browser

VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("start", "person"),
    [("/account/", "parent@example.org"), ("/caseworker/", "caseworker@council.example")],
)
def test_signing_out_ends_both_sessions(browser, base_url: str, start: str, person: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        tab.context.add_init_script(VIOLATIONS)
        sign_in_in_browser(tab, start, person)
        assert tab.url.endswith(start)

        tab.get_by_role("button", name="Sign out").click()
        tab.wait_for_load_state()
        violations = tab.evaluate("window.__cspViolations")
        assert violations == [], f"the browser blocked signing out: {violations}"
        finish_signing_out(tab)

        assert tab.locator("h1").inner_text() == "You have signed out"

        tab.goto(start)
        assert not tab.url.startswith(base_url), "signed out: the portal asks the provider again"
    finally:
        tab.context.close()


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A request a family sent (set up without a browser), for a caseworker to note."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    return submitted(family)


def family_question(tab) -> str:  # type: ignore[no-untyped-def]
    sign_in_in_browser(tab, "/account/request/who", "parent@example.org")
    tab.locator("input[value=parent_carer]").check()
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()
    draft = tab.url.rstrip("/").rsplit("/", 1)[-1]
    return f"/account/request/{draft}/needs/description"


@pytest.mark.browser
@pytest.mark.parametrize("again", [False, True], ids=["signed-out", "signed-in-again"])
@pytest.mark.parametrize("who", ["family", "caseworker"])
def test_what_was_typed_when_signed_out_in_another_tab_comes_back(
    browser, base_url: str, reference: str, who: str, again: bool
) -> None:  # type: ignore[no-untyped-def]
    """A parent wrote a long answer (a caseworker, a note) while signed out in another tab
    (and perhaps in again there); "Continue" showed "Sorry, we could not accept that", and
    back on the page it was empty."""
    tab = new_tab(browser, base_url)
    try:
        if who == "family":
            path, person, button = family_question(tab), "parent@example.org", "Continue"
        else:
            path, person = f"/caseworker/requests/{reference}", "caseworker@council.example"
            button = "Add the note"
            sign_in_in_browser(tab, path, person)
        tab.goto(path)
        typed = "He cannot follow instructions with more than two steps."
        tab.locator("main textarea").first.fill(typed)

        other = tab.context.new_page()
        other.context_base_url, other.console_errors = base_url, []
        other.goto(path)
        other.get_by_role("button", name="Sign out").click()
        finish_signing_out(other)
        if again:
            sign_in_in_browser(other, path, person)
        other.close()

        with tab.expect_navigation():
            tab.get_by_role("button", name=button).click()
        assert tab.locator("h1").inner_text() == "Sorry, we could not accept that"
        back = (
            "Go back to the page you were on and try again"
            if again
            else "Sign in again and go back to the page you were on"  # told they were
        )
        tab.get_by_role("link", name=back).click()
        if not again:
            tab.get_by_role("button", name=person, exact=True).click()
        tab.wait_for_url(f"{base_url}{path}")
        assert tab.locator("main textarea").first.input_value() == typed
        told = "not-sent" if again else "signed-out"
        assert tab.locator(f"[data-draft-restored={told}]").is_visible(), "the person is told"

        with tab.expect_navigation():
            tab.get_by_role("button", name=button).click()
        tab.goto(path)
        assert tab.locator("[data-draft-restored]:visible").count() == 0, "sent, not kept"
        assert tab.evaluate("Object.keys(sessionStorage).length") == 0
    finally:
        tab.context.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("start", "person", "client_id"),
    [
        ("/account/", "parent@example.org", "send-portal-families"),
        ("/caseworker/", "caseworker@council.example", "send-portal-staff"),
        ("/caseworker/", "manager@council.example", "send-portal-staff"),
    ],
)
def test_signing_in_again_is_offered_to_whoever_signed_out(  # type: ignore[no-untyped-def]
    browser, base_url: str, start: str, person: str, client_id: str
) -> None:
    """A caseworker who signed out was offered the families' sign-in, in both the page's
    "Sign in" and the header's, under words written for families."""
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, start, person)
        tab.get_by_role("button", name="Sign out").click()
        finish_signing_out(tab)

        sign_in_links = tab.get_by_role("link", name="Sign in", exact=True)
        assert sign_in_links.count() == 2, "the header's and the page's"
        assert {sign_in_links.nth(i).get_attribute("href") for i in range(2)} == {start}
        words = tab.locator("main").inner_text()
        family_words = "Anything you saved is still saved. Sign in again to carry on."
        if start == "/caseworker/":
            assert family_words not in words
            assert "Sign in again to go back to the caseworker workspace." in words
        else:
            assert family_words in words

        with tab.expect_navigation():
            tab.locator("main").get_by_role("link", name="Sign in", exact=True).click()
        tab.wait_for_load_state()
        assert f"client_id={client_id}" in tab.url
    finally:
        tab.context.close()
