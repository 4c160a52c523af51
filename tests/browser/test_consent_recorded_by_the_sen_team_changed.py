"""A young person's consent for her own case, recorded by the SEN team outside the
portal, as a tester met it in Turkish on a 375 px phone. Her consent page said only that
the portal had no record; the change form started empty (it now starts from that
record, ticked); she chose "No, do not share my
information with any of these", and the check page listed only her answer to the
assessment. Confirming it stopped sharing with four organisations without telling her."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from devtools.reference_case_system import demo
from forms.consent import NO_SHARING, consent_partners
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

WIDTH = 375


def _partners_in_turkish(app: Flask) -> list[str]:
    with app.test_request_context(), force_locale("tr"):
        return [gettext(partner.name) for partner in consent_partners(young_person=True)]


def _text_above_the_form(tab) -> str:  # type: ignore[no-untyped-def]
    return str(
        tab.evaluate(
            """() => {
                const range = document.createRange();
                range.setStart(document.querySelector("main"), 0);
                range.setEndBefore(document.querySelector("main form"));
                return range.toString();
            }"""
        )
    )


def test_she_is_told_who_she_stops_sharing_with_before_she_confirms(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    partners = _partners_in_turkish(live_app)
    consent_page = f"/account/cases/{demo.OWN_REVIEW}/consent"
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": WIDTH, "height": 800})
        sign_in_in_browser(tab, "/account/?lang=tr", "young.student@example.org")

        tab.goto(consent_page)
        shown = tab.locator("main").inner_text()
        missing = [name for name in partners if name not in shown]
        assert not missing, f"her consent page does not say who it is shared with: {shown}"

        tab.goto(f"{consent_page}/change")
        ticked = tab.locator("main input[name=sharing]:checked").count()
        assert ticked == len(partners), "the SEN team's record is ticked, as it stands"
        above = _text_above_the_form(tab)
        missing = [name for name in partners if name not in above]
        assert not missing, f"above the questions, what her choice replaces: {above}"

        assert not tab.locator("input[name=assessment]").count(), "past the assessment: not asked"
        tab.locator(f"input[name=sharing][value={NO_SHARING}]").check()
        tab.locator("input[name=declaration]").check()
        send(tab)
        assert tab.url.endswith("/consent/confirm"), tab.url
        check = tab.locator("main").inner_text()
        missing = [name for name in partners if name not in check]
        assert not missing, (
            f"the check page names each organisation she stops sharing with: {check}"
        )
        assert tab.evaluate("document.documentElement.scrollWidth") <= WIDTH, "nothing overflows"

        send(tab)
        assert tab.url.endswith(consent_page), tab.url
        with live_app.test_request_context(), force_locale("tr"):
            not_given = gettext("Not given")
        rows = tab.locator(".govuk-summary-list__row").all_inner_texts()
        sharing_rows = [row for row in rows if any(name in row for name in partners)]
        assert len(sharing_rows) == len(partners), rows
        assert not [row for row in sharing_rows if not_given in row], (
            f"each is recorded as withdrawn, not as never given: {sharing_rows}"
        )
    finally:
        tab.context.close()
