"""A tester, as a parent whose council decided not to issue Kemi's EHC plan, told the case
page that they had contacted a mediation adviser and then that they had a mediation
certificate. The case page moved on each time (after the certificate: the appeal must
reach the tribunal by a month from it), but the account home still said "If you
disagree, contact a mediation adviser by" the end of the 2 months, in every language. It
now says what the case page says: after the contact, that mediation must take place
within 30 days of the council being told it is wanted, the certificate to come and the
appeal's deadline; after the certificate, the appeal's deadline that follows from it.

Another tester saved each date and landed half-way down the case page, with one more
sentence and nothing to say it was saved or whether the council knew: the case page now
opens at its top with a success banner saying what was saved and that it went to the SEN
team.

The steps change the demonstration case as the parent sees it, so the portal runs here on
a database of its own, and the other browser tests find Kemi's case as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from devtools.reference_case_system import demo
from portal.platform import deadlines
from portal.platform.written_dates import format_date
from tests.support.case_system import decided_on
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

CASE = f"/account/cases/{demo.NOT_ISSUING}"
LANGUAGES = ("en", "ar")


def _words(text: str) -> str:
    return " ".join(text.split())


def _line(tab, language: str) -> str:  # type: ignore[no-untyped-def]
    """What the account home says under Kemi's case, at a phone's width, checked with axe."""
    tab.goto(f"/account/?lang={language}")
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    check_accessible(tab, "the account home", language)
    case = tab.locator("main li", has=tab.locator(f"a[href$='{CASE}']"))
    return _words(" ".join(case.locator(".govuk-hint").all_inner_texts()))


def _case_page_says(tab, language: str) -> str:  # type: ignore[no-untyped-def]
    """What "If you disagree" says on the case page."""
    tab.goto(f"{CASE}?lang={language}")
    return _words(tab.locator("#disagree-not_to_issue").inner_text())


def _record(tab, link: str, day: dt.date, saved: str) -> None:  # type: ignore[no-untyped-def]
    tab.goto(f"{CASE}?lang=en")
    tab.get_by_role("link", name=link).click()
    tab.wait_for_url(f"**{CASE}/disagree/not_to_issue/*")
    for part, value in zip(("day", "month", "year"), (day.day, day.month, day.year), strict=True):
        tab.locator(f"#happened_on-{part}").fill(str(value))
    send(tab)
    assert tab.url.endswith(CASE), tab.url
    banner = tab.locator(".govuk-notification-banner--success")
    assert saved in _words(banner.inner_text()), banner.inner_text()
    assert "We have sent it to the SEN team." in banner.inner_text()


def _in(app: Flask, language: str, message: str, **dates: dt.date) -> str:
    """`message` as the portal writes it in `language`, with its dates."""
    with app.test_request_context(), force_locale(language):
        return _words(gettext(message, **{k: format_date(v) for k, v in dates.items()}))


CONTACT_BY = (
    "We decided on %(date)s not to issue an EHC plan. If you disagree, contact a mediation "
    "adviser by %(by)s."
)
CONTACTED = "You told us you contacted the mediation adviser on %(date)s."
MEDIATION_WITHIN = (
    "If you want mediation, we must make sure it takes place within 30 days of being told "
    "that you want it."
)
CERTIFICATE = "You told us the date on your mediation certificate is %(date)s."
APPEAL_BY = "Your appeal must reach the tribunal by %(date)s."


def test_the_account_home_follows_each_mediation_step(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    decided = decided_on(app, demo.NOT_ISSUING, "not_to_issue")
    today = deadlines.council_today()
    contacted, certified = today - dt.timedelta(days=2), today
    contact_by = deadlines.contact_adviser_by(decided)
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 800})
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        for language in LANGUAGES:
            line = _line(tab, language)
            assert _in(app, language, CONTACT_BY, date=decided, by=contact_by) in line, line

        _record(
            tab,
            "Tell us you have contacted the mediation adviser",
            contacted,
            _in(app, "en", CONTACTED, date=contacted),
        )
        due = deadlines.appeal_due(decided)
        for language in LANGUAGES:
            case_page = _case_page_says(tab, language)
            line = _line(tab, language)
            assert _in(app, language, CONTACT_BY, date=decided, by=contact_by) not in line, line
            for said in (
                _in(app, language, CONTACTED, date=contacted),
                _in(app, language, MEDIATION_WITHIN),
                _in(app, language, APPEAL_BY, date=due),
            ):
                assert said in case_page, case_page
                assert said in line, line

        _record(
            tab,
            "Tell us you have a mediation certificate",
            certified,
            _in(app, "en", CERTIFICATE, date=certified),
        )
        later = deadlines.appeal_due(decided, certified)
        for language in LANGUAGES:
            case_page = _case_page_says(tab, language)
            line = _line(tab, language)
            for said in (
                _in(app, language, CERTIFICATE, date=certified),
                _in(app, language, APPEAL_BY, date=later),
            ):
                assert said in case_page, case_page
                assert said in line, line
            assert _in(app, language, CONTACT_BY, date=decided, by=contact_by) not in line, line
            assert _in(app, language, MEDIATION_WITHIN) not in case_page, case_page
            assert _in(app, language, MEDIATION_WITHIN) not in line, line
            if later != due:
                assert _in(app, language, APPEAL_BY, date=due) not in line, line
    finally:
        tab.context.close()
