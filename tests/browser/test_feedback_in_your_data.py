"""A tester, signed in as a parent, gave feedback in Arabic on a 320 px phone and in
English at 1280 px, and said yes, contact me, with a name and an email address. The
feedback page promised it would not be linked to them "unless you ask us to contact
you"; yet "Your data" ("everything this service holds about you") showed neither the
feedback nor the name and email, and the rights page listed the feedback questions under
the information they had not given us, each with "Make a request".

Feedback a signed-in person asks to be contacted about is now kept with their account:
"Your data" lists it (when, which service, what they said, the contact details), and
the rights page has it among what they gave. The feedback changes the parent's data, so
the portal runs here on a database of its own."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

GIVEN = {
    "ar": {
        "service": "sen_team",
        "satisfaction": "2",
        "could_be_better": "لم يتصل بنا أحد بعد الاجتماع",
        "contact": "yes",
        "contact_name": "ليلى حداد",
        "contact_email": "layla.haddad@example.org",
    },
    "en": {
        "service": "educational_psychology",
        "satisfaction": "4",
        "worked_well": "The psychologist listened to our daughter.",
        "contact": "yes",
        "contact_name": "Layla Haddad",
        "contact_email": "layla@example.org",
    },
}
WIDTH = {"ar": 320, "en": 1280}
KEPT_WITH_THE_ACCOUNT = (
    "If you ask us to contact you, we keep your feedback and contact details with your "
    "account, and you can see them in ‘Your data’."
)


def _in(app: Flask, language: str, words: str) -> str:
    with app.test_request_context(), force_locale(language):
        return gettext(words)


def _feedback_given(tab, language: str) -> None:  # type: ignore[no-untyped-def]
    tab.goto(f"/feedback/?lang={language}")
    check_accessible(tab, "the feedback page", language)
    said = " ".join(tab.locator("main").inner_text().split())
    assert _in(tab.app, language, KEPT_WITH_THE_ACCOUNT) in said, "the page says what happens"
    for name, value in GIVEN[language].items():
        if name in ("service", "satisfaction", "contact"):
            tab.locator(f"input[name={name}][value='{value}']").check()
        else:
            tab.locator(f"[name={name}]").fill(value)
    send(tab, tab.locator("main form button[type=submit]"))
    assert "/feedback/thanks" in tab.url


def test_feedback_with_contact_asked_for_is_in_your_data_and_its_rights(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    tab = new_tab(browser, base_url)
    tab.app = app
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        for language, width in WIDTH.items():
            tab.set_viewport_size({"width": width, "height": 900})
            _feedback_given(tab, language)

        for language, width in WIDTH.items():
            tab.set_viewport_size({"width": width, "height": 900})
            tab.goto(f"/account/your-data?lang={language}")
            assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            check_accessible(tab, "Your data with feedback", language)
            heading = tab.locator("main h2", has_text=_in(app, language, "Your feedback"))
            assert heading.count() == 1, language
            text = " ".join(tab.locator("main").inner_text().split())
            for given in GIVEN.values():
                for key in ("contact_name", "contact_email"):
                    assert given[key] in text, (language, given[key])
            assert GIVEN["ar"]["could_be_better"] in text
            assert GIVEN["en"]["worked_well"] in text
            assert _in(app, language, "The SEN team") in text
            assert _in(app, language, "Educational psychology") in text

            tab.goto(f"/account/your-data/rights?lang={language}")
            check_accessible(tab, "the rights page with feedback", language)
            given_tables = tab.locator("main .govuk-grid-column-full > [role=region]")
            given_text = " ".join(given_tables.all_inner_texts())
            assert GIVEN["en"]["contact_email"] in given_text, language
            not_given = tab.locator("main details")
            not_given.locator("summary").click()
            named = _in(app, language, "What could be better?")
            assert named not in not_given.inner_text(), "given, so not among the rest"
            assert given_tables.filter(has_text=named).count() == 1
    finally:
        tab.context.close()
