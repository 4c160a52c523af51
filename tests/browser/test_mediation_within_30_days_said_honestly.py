"""A tester, as a young adult whose council decided to stop their EHC plan, told the case
page in Bulgarian that they had contacted the mediation adviser, then the date on their
mediation certificate. The case page then said both "You told us the date on your
mediation certificate is" that date and "If you asked for mediation, we must arrange it
by" 30 days after the contact. A certificate means mediation ended or was not wanted, so
nothing is left to arrange. And the 30 days do not run from the contact: the council must
make sure mediation takes place within 30 days of being told the young person wants it,
a day the portal cannot know, so no date can truthfully be given.

The case page and the account home now say the rule without a date while mediation may
still come, and say nothing of it once a certificate is recorded, in every language, in
the young person's informal voice. The steps change the demonstration case, so the portal
runs here on a database of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask_babel import force_locale

from devtools.reference_case_system import demo
from portal.platform import deadlines
from portal.platform.voices import voiced
from portal.platform.written_dates import format_date
from tests.support.case_system import decided_on
from tests.support.mediation import record_step
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

CASE = f"/account/cases/{demo.CEASED}"
LANGUAGES = ("bg", "en", "ar", "fa", "pl", "ro", "tr")
RULE = (
    "If you want mediation, we must make sure it takes place within 30 days of being told "
    "that you want it."
)
CONTACTED = "You told us you contacted the mediation adviser on %(date)s."
CERTIFICATE = "You told us the date on your mediation certificate is %(date)s."


def _words(text: str) -> str:
    return " ".join(text.split())


def _said(app: Flask, language: str, message: str, **dates: dt.date) -> str:
    """`message` as the portal says it to a young person in `language`, with its dates."""
    with app.test_request_context(), force_locale(language):
        written = {name: format_date(day) for name, day in dates.items()}
        return _words(voiced(message, "young person", **written))


def _date(app: Flask, language: str, day: dt.date) -> str:
    with app.test_request_context(), force_locale(language):
        return _words(format_date(day))


def _pages(tab, language: str, width: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What "If you disagree" on the case page and the account home's line under the case
    say, at `width`, each checked with axe."""
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto(f"{CASE}?lang={language}")
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    check_accessible(tab, "the case page", language)
    case_page = _words(tab.locator("#disagree-cease_plan").inner_text())
    tab.goto(f"/account/?lang={language}")
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    check_accessible(tab, "the account home", language)
    case = tab.locator("main li", has=tab.locator(f"a[href$='{CASE}']"))
    home = _words(" ".join(case.locator(".govuk-hint").all_inner_texts()))
    return {"case page": case_page, "account home": home}


def _days(app: Flask) -> tuple[dt.date, dt.date]:
    """A contact and a certificate after the decision, the contact's 30th day after it
    unlike any date the pages give for other reasons."""
    decided = decided_on(app, demo.CEASED, "cease_plan")
    today = deadlines.council_today()
    others = {deadlines.appeal_due(decided), deadlines.contact_adviser_by(decided)}
    contacted = next(
        day
        for back in range(6, 1, -1)
        if (day := max(decided, today - dt.timedelta(days=back))) + dt.timedelta(days=30)
        not in others
    )
    return contacted, min(today, contacted + dt.timedelta(days=4))


def test_no_date_to_arrange_mediation_by_and_none_after_a_certificate(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    contacted, certified = _days(app)
    thirty_days_on = contacted + dt.timedelta(days=30)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.adult@example.org")

        record_step(tab, "contacted-mediation", contacted)
        for language in LANGUAGES:
            for width in (1280, 320) if language == "bg" else (1280,):
                for where, text in _pages(tab, language, width).items():
                    assert _date(app, language, thirty_days_on) not in text, (where, text)
                    assert _said(app, language, CONTACTED, date=contacted) in text, (where, text)
                    assert _said(app, language, RULE) in text, (where, text)

        record_step(tab, "mediation-certificate", certified)
        for language in LANGUAGES:
            for width in (1280, 320) if language == "bg" else (1280,):
                for where, text in _pages(tab, language, width).items():
                    assert _date(app, language, thirty_days_on) not in text, (where, text)
                    assert _said(app, language, RULE) not in text, (where, text)
                    assert _said(app, language, CERTIFICATE, date=certified) in text, (where, text)
    finally:
        tab.context.close()
