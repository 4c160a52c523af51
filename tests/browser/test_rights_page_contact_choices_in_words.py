"""A tester, as a parent, saved how we contact them (email and text message, a mobile
number, English), then opened "Correct, restrict or erase your information": under "What
you told us on this service" it said "both" and "en", where "Your data" said "By email
and text message" and "English" (in Romanian, "Prin e-mail și prin SMS" and "engleză").
"Your data" itself showed the mobile number as 07700900123, and 07700 900 123 elsewhere."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "parent@example.org"


def _saved(tab, language: str) -> None:  # type: ignore[no-untyped-def]
    tab.goto(f"/account/contact-preferences?lang={language}")
    tab.locator("input[name=channels][value=email]").check()
    tab.locator("input[name=channels][value=sms]").check()
    tab.locator("#mobile").fill("07700900123")
    tab.locator(f"input[name=language][value={language}]").check()
    send(tab)


@pytest.mark.parametrize("language", ["en", "ro"])
def test_the_rights_page_says_the_contact_choices_as_your_data_does(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str], language: str
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/?lang={language}", PARENT)
        _saved(tab, language)

        tab.goto(f"/account/your-data?lang={language}")
        account = tab.locator("main dl.govuk-summary-list").first
        _email, _created, channels, mobile, written_in = account.locator(
            ".govuk-summary-list__value"
        ).all_inner_texts()
        assert channels not in ("both", "") and written_in not in (language, ""), (
            channels,
            written_in,
        )

        tab.goto(f"/account/your-data/rights?lang={language}")
        given = tab.locator("main [role=region]:not(details [role=region]) tbody td:nth-of-type(1)")
        told = [answer.strip() for answer in given.all_inner_texts()]
        assert "both" not in told and language not in told, told
        assert channels in told, f"{channels!r} not among {told}"
        assert written_in in told, f"{written_in!r} not among {told}"
        assert "07700 900 123" in told, told
        check_accessible(tab, "rights over the contact choices", language)
        assert mobile == "07700 900 123", f"Your data, as it is written elsewhere: {mobile}"
    finally:
        tab.context.close()
