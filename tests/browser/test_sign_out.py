"""Signing out in a real browser ends on "You have signed out", for families and staff.

Chromium applies the page's CSP `form-action` to the redirects that follow a form's
submission, so a sign-out that redirects to the provider's end-session endpoint on
another origin is silently blocked unless the policy allows that origin.
"""

from __future__ import annotations

import pytest

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
