"""A tester, as a young adult whose council decided to stop their EHC plan, recorded the
day they contacted the mediation adviser and the date on their mediation certificate,
then read "Your data" in Bulgarian on a phone. Under "What you told us about mediation"
the two steps spoke to them formally ("Ви", "Свързахте"), where the rest of the page
speaks to them informally, and each ended in a double full stop: a Bulgarian date ends in
an abbreviated "year" with its full stop, and the line put another after it.

Each step now speaks to the young person as the page does, in every language, and a date
that ends in a full stop ends its sentence. The steps change the demonstration case, so
the portal runs here on a database of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

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
STEPS = {
    "contacted-mediation": "You contacted the mediation adviser",
    "mediation-certificate": "The date on your mediation certificate",
}


def _words(text: str) -> str:
    return " ".join(text.split())


def _in(app: Flask, language: str, words: str, voice: str | None) -> str:
    with app.test_request_context(), force_locale(language):
        return _words(voiced(words, voice) if voice else gettext(words))


def _date(app: Flask, language: str, day: dt.date) -> str:
    with app.test_request_context(), force_locale(language):
        return _words(format_date(day))


def _steps_listed(tab, heading: str, language: str, width: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines under "What you told us about mediation" on "Your data", at `width`."""
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto(f"/account/your-data?lang={language}")
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    check_accessible(tab, "Your data", language)
    listed = tab.locator("main h2", has_text=heading).locator("xpath=following-sibling::ul[1]")
    return [_words(line) for line in listed.locator("li").all_inner_texts()]


def test_mediation_steps_in_the_young_persons_voice_with_one_full_stop(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    decided = decided_on(app, demo.CEASED, "cease_plan")
    today = deadlines.council_today()
    days = {
        "contacted-mediation": max(decided, today - dt.timedelta(days=5)),
        "mediation-certificate": max(decided, today - dt.timedelta(days=1)),
    }
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.adult@example.org")
        for step, day in days.items():
            record_step(tab, step, day)
        for language in LANGUAGES:
            for width in (320, 1280) if language == "bg" else (320,):
                heading = _in(app, language, "What you told us about mediation", "young person")
                lines = _steps_listed(tab, heading, language, width)
                assert len(lines) == len(STEPS), lines
                for step, words in STEPS.items():
                    own = _in(app, language, words, "young person")
                    formal = _in(app, language, words, None)
                    line = next((line for line in lines if own in line), None)
                    assert line is not None, (own, lines)
                    if formal != own:
                        assert formal not in line, line
                    date = _date(app, language, days[step])
                    ended = date if date.endswith(".") else f"{date}."
                    assert f"{ended} " in line, line
                    assert ".." not in line, line
    finally:
        tab.context.close()
